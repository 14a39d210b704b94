using TokenFlex.Core.Domain;

namespace TokenFlex.Data.Json;

/// <summary>
/// Reads the top-level <c>carbonSignal</c> declaration and checks that every campus's carbon series is of one kind:
/// average or marginal, life-cycle or direct. Mixing kinds is an error at the series' JSON path, never silent.
/// </summary>
internal static class CarbonSignalReader
{
    public static CarbonSignal ReadDeclaration(JsonFields f)
    {
        var signal = new CarbonSignal(
            f.RequiredEnum("type", CarbonSignalType.Average), f.RequiredEnum("scope", EmissionScope.Lifecycle));
        f.Finish();
        return signal;
    }

    /// <summary>The scenario's carbon kind: the declaration, else the common kind of the imported series.</summary>
    public static CarbonSignal? Resolve(CarbonSignal? declared, ReadContext context)
    {
        var tags = context.CarbonSeries;
        if (declared is not null)
        {
            foreach (var tag in tags.Where(t => t.Imported))
            {
                if ((tag.Type is { } type && type != declared.Type) || (tag.Scope is { } scope && scope != declared.Scope))
                {
                    context.Error(tag.Path, $"{tag.Origin} holds {tag.Kind} but carbonSignal declares {declared} "
                                            + "carbon; use a source of the declared kind");
                }
            }

            return declared;
        }

        var imported = tags.Where(t => t.Imported).ToList();
        if (imported.Count == 0)
        {
            return null;
        }

        var errors = context.Errors.Errors.Count;
        foreach (var tag in imported.Where(t => t.Type is null || t.Scope is null))
        {
            var missing = tag.Type is null ? "\"signalType\": \"average\" or \"marginal\"" : "\"scope\": \"lifecycle\" or \"direct\"";
            context.Error(tag.Path, $"{tag.Origin} does not say whether its values are {Question(tag)}; add {missing} "
                                    + "to this reference or a top-level \"carbonSignal\"");
        }

        var first = imported.FirstOrDefault(t => t.Type is not null && t.Scope is not null);
        if (first is null)
        {
            return null;
        }

        foreach (var tag in tags.Where(t => t != first && t.Type is not null && t.Scope is not null))
        {
            if (tag.Type != first.Type || tag.Scope != first.Scope)
            {
                context.Error(tag.Path, $"{tag.Origin} holds {tag.Kind} but {first.Path} ({first.Origin}) holds "
                                        + $"{first.Kind}; the two are not comparable and one scenario must not mix "
                                        + "them: use sources of one kind for every campus");
            }
        }

        foreach (var tag in tags.Where(t => !t.Imported))
        {
            context.Error(tag.Path, $"these values ({tag.Origin}) do not state their kind while {first.Path} holds {first.Kind} "
                                    + $"({first.Origin}); if they are the same kind, declare it: \"carbonSignal\": "
                                    + $"{{ \"type\": \"{Lower(first.Type!.Value)}\", \"scope\": \"{Lower(first.Scope!.Value)}\" }}");
        }

        return context.Errors.Errors.Count == errors ? new CarbonSignal(first.Type!.Value, first.Scope!.Value) : null;
    }

    private static string Question(CarbonSeriesTag tag) =>
        tag.Type is null ? "average or marginal" : "life-cycle or direct";

    private static string Lower<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();
}
