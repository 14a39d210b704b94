using Google.OrTools.ModelBuilder;
using TokenFlex.Optimization;
using TokenFlex.Optimization.Variables;

namespace TokenFlex.Scenarios.Diagnostics;

/// <summary>One slack column of the elastic model: which row it relaxes and its column index.</summary>
/// <param name="Column">Index of the slack variable.</param>
/// <param name="Row">Index of the relaxed row.</param>
/// <param name="Family">The row's family, e.g. R1_Demand.</param>
/// <param name="Keys">The row's keys, the period last.</param>
internal sealed record Slack(int Column, int Row, string Family, string[] Keys)
{
    public int Period => ElasticFamilies.Period(Keys);
}

/// <summary>
/// Turns a built model into its elastic form (Chinneck's elastic filter): every row of the families in
/// <see cref="ElasticFamilies"/> gets a non-negative slack column, the grid import limit (a variable bound) becomes
/// a row with a slack, and the objective becomes the weighted sum of the slacks. The change goes through the
/// OR-Tools model only (columns and terms added by row name), so no constraint family knows about it.
/// </summary>
internal static class ElasticModel
{
    /// <summary>Relaxes <paramref name="built"/> in place and returns its slack columns.</summary>
    public static IReadOnlyList<Slack> Relax(BuiltModel built)
    {
        var model = built.Model;
        var families = ElasticFamilies.For(built.Sets.StepHours).ToDictionary(f => f.Family, StringComparer.Ordinal);
        var slacks = new List<Slack>();
        var objective = LinearExpr.NewBuilder();
        var rowCount = model.Helper.ConstraintsCount();
        for (var row = 0; row < rowCount; row++)
        {
            var (family, keys) = ElasticFamilies.Parse(model.Helper.ConstraintName(row) ?? "");
            if (!families.TryGetValue(family, out var spec))
            {
                continue;
            }

            var slack = model.NewNumVar(0, double.PositiveInfinity, $"slack_{family}[{string.Join(',', keys)}]");
            model.Helper.AddConstraintTerm(row, slack.Index, spec.Side == SlackSide.Below ? 1.0 : -1.0);
            objective.AddTerm(slack, spec.Weight);
            slacks.Add(new Slack(slack.Index, row, family, keys));
        }

        RelaxGridLimits(built, families[ElasticFamilies.GridImportLimit], objective, slacks);
        model.Helper.ClearObjective();
        model.Minimize(objective);
        return slacks;
    }

    /// <summary>
    /// (E4) 0 ≤ P^imp ≤ P^imp,max_t becomes P^imp − e ≤ P^imp,max_t with e ≥ 0 priced, where P^imp,max_t is the
    /// variable's bound: the interconnection limit, or the period's import cap where it is lower.   [MW]
    /// </summary>
    private static void RelaxGridLimits(
        BuiltModel built, ElasticFamily spec, LinearExprBuilder objective, List<Slack> slacks)
    {
        foreach (var v in built.Variables.Dispatch)
        {
            for (var c = 0; c < built.Sets.Campuses.Count; c++)
            {
                RelaxCampus(built, spec, objective, slacks, v, c);
            }
        }
    }

    private static void RelaxCampus(
        BuiltModel built, ElasticFamily spec, LinearExprBuilder objective, List<Slack> slacks, DispatchVariables v, int c)
    {
        var model = built.Model;
        var sets = built.Sets;
        for (var t = 0; t < sets.PeriodCount; t++)
        {
            var import = v.GridImportMw[c, t];
            var limitMw = model.Helper.VarUpperBound(import.Index);
            model.Helper.SetVarUpperBound(import.Index, double.PositiveInfinity);
            var period = t.ToString(System.Globalization.CultureInfo.InvariantCulture);
            string[] keys = sets.IsStochastic ? [sets.Campuses[c].Id, period, v.Realisation.Id] : [sets.Campuses[c].Id, period];
            var name = $"{spec.Family}[{string.Join(',', keys)}]";
            var excess = model.NewNumVar(0, double.PositiveInfinity, "slack_" + name);
            var row = model.Add(import - excess <= limitMw).WithName(name);
            objective.AddTerm(excess, spec.Weight);
            slacks.Add(new Slack(excess.Index, row.Index, spec.Family, keys));
        }
    }
}
