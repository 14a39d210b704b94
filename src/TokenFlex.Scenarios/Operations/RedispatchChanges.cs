using System.Globalization;
using TokenFlex.Optimization.Results;

namespace TokenFlex.Scenarios.Operations;

/// <summary>Describes the differences between a planned and a re-dispatched result in sentences.</summary>
internal static class RedispatchChanges
{
    private const double KwThreshold = 1;

    public static IReadOnlyList<string> Describe(PlanResult planned, PlanResult realised)
    {
        if (!planned.HasSolution || !realised.HasSolution)
        {
            return [$"no comparison: planned {planned.Solve.Status}, realised {realised.Solve.Status}"];
        }

        var lines = new List<string>
        {
            $"total cost {F(planned.Costs.ObjectiveUsd, "N2")} → {F(realised.Costs.ObjectiveUsd, "N2")} USD "
            + $"({Signed(realised.Costs.ObjectiveUsd - planned.Costs.ObjectiveUsd, "N2")} USD)",
        };
        if (realised.Kpis.UnservedTokens > 0)
        {
            lines.Add($"{F(realised.Kpis.UnservedTokens / 1e6)} Mtok could not be served with the committed instances");
        }

        lines.AddRange(ImportChanges(planned, realised));
        lines.AddRange(InstanceChanges(planned, realised));
        if (Math.Abs(realised.Kpis.DrDeliveredMwh - planned.Kpis.DrDeliveredMwh) > 1e-3)
        {
            lines.Add($"DR delivered {F(planned.Kpis.DrDeliveredMwh, "F2")} → {F(realised.Kpis.DrDeliveredMwh, "F2")} MWh");
        }

        return lines;
    }

    private static IEnumerable<string> ImportChanges(PlanResult planned, PlanResult realised)
    {
        foreach (var campus in planned.CampusPeriods.GroupBy(p => p.CampusId))
        {
            var changed = campus.Select(p => (p.Period, Delta: realised.CampusPeriods
                    .First(r => r.CampusId == p.CampusId && r.Period == p.Period).GridImportKw - p.GridImportKw))
                .Where(x => Math.Abs(x.Delta) > KwThreshold).ToArray();
            if (changed.Length > 0)
            {
                var largest = changed.MaxBy(x => Math.Abs(x.Delta));
                yield return $"campus {campus.Key}: grid import changed in {changed.Length} periods, most in period "
                             + $"{largest.Period} ({Signed(largest.Delta)} kW)";
            }
        }
    }

    private static IEnumerable<string> InstanceChanges(PlanResult planned, PlanResult realised)
    {
        var moves = planned.Instances.Zip(realised.Instances)
            .Where(p => p.First.Instances != p.Second.Instances)
            .GroupBy(p => (p.First.CampusId, p.First.ConfigurationId));
        foreach (var move in moves)
        {
            var delta = move.Sum(p => p.Second.Instances - p.First.Instances);
            yield return $"campus {move.Key.CampusId}, {move.Key.ConfigurationId}: instances changed in {move.Count()} periods "
                         + $"(net {Signed(delta)} instance-periods)";
        }
    }

    private static string F(double value, string format = "N0") => value.ToString(format, CultureInfo.InvariantCulture);

    private static string Signed(double value, string format = "N0") => (value >= 0 ? "+" : "") + F(value, format);
}
