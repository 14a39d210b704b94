using System.Globalization;
using TokenFlex.Optimization;
using TokenFlex.Optimization.Results;
using TokenFlex.Optimization.Sets;

namespace TokenFlex.Scenarios.Diagnostics;

/// <summary>Writes one finding per run of positive slacks, in site units, family by family.</summary>
internal sealed class SlackPhrases(BuiltModel built, BindingRows binding)
{
    private ModelSets Sets => built.Sets;

    public DiagnosisFinding Describe(Slack worst, double amount, int first, int last)
    {
        var range = DiagnosisText.Range(Sets.Scenario.TimeGrid, first, last);
        var periods = Enumerable.Range(first, Math.Max(1, last - first + 1)).ToList();
        return worst.Family switch
        {
            "R1_Demand" => Demand(worst, amount, first, last, range, periods),
            "R2_Deadline" => Deadline(worst, amount, first, last, range, periods),
            ElasticFamilies.GridImportLimit => Grid(worst, amount, first, last, range),
            "C1_CarbonCap" => Carbon(amount),
            "S1_GpuBudget" => Simple(worst, first, last, Math.Ceiling(amount - 1e-6), "GPU",
                $"campus {worst.Keys[0]}, {range}: needs {DiagnosisText.Number(Math.Ceiling(amount - 1e-6))} more "
                + $"{worst.Keys[1]} GPUs than the {Installed(worst)} installed (S1_GpuBudget)"),
            "S4_ReloadRate" => Simple(worst, first, last, amount, "GPU/period",
                $"campus {worst.Keys[0]}, {range}: needs to load {DiagnosisText.Number(amount)} GPUs per period more "
                + "than its reload limit allows (S4_ReloadRate)"),
            "R5_Bandwidth" => Simple(worst, first, last, amount, "Gbit/s",
                $"origin {worst.Keys[0]} to campus {worst.Keys[1]}, {range}: needs {DiagnosisText.Number(amount)} "
                + "Gbit/s more than the path's bandwidth (R5_Bandwidth)"),
            _ => Simple(worst, first, last, amount, "model units",
                $"{worst.Family}[{string.Join(',', worst.Keys.SkipLast(1))}], {range}: must be violated by "
                + $"{DiagnosisText.Number(amount)} (model units) ({worst.Family})"),
        };
    }

    private DiagnosisFinding Demand(
        Slack worst, double amountMtokPerS, int first, int last, string range, List<int> periods)
    {
        var (key, campuses) = DemandKeyOf(worst);
        var demand = key.Series.TokensPerSecond[worst.Period];
        var shortfall = amountMtokPerS * 1e6;
        List<string> families = ["R1_Demand", .. binding.Families(campuses.Append(ClassId(key)), periods)];
        var where = campuses.Count == 0 ? "no campus" : DiagnosisText.Campuses(campuses);
        return new DiagnosisFinding
        {
            CampusIds = campuses,
            ClassId = ClassId(key),
            OriginId = OriginId(key),
            FirstPeriod = first,
            LastPeriod = last,
            Families = families,
            Shortfall = shortfall,
            Unit = "tok/s",
            Message = $"{where}, {range}: class {ClassId(key)} from origin {OriginId(key)} needs "
                      + $"{DiagnosisText.Rate(demand)}, admissible capacity {DiagnosisText.Rate(demand - shortfall)}, "
                      + $"short by {DiagnosisText.Rate(shortfall)} ({string.Join(", ", families)})",
        };
    }

    private DiagnosisFinding Deadline(
        Slack worst, double amountMtok, int first, int last, string range, List<int> periods)
    {
        var (key, campuses) = DemandKeyOf(worst);
        var tokens = amountMtok * 1e6;
        var deadline = Sets.Classes[key.Class].DeadlineHours;
        List<string> families = ["R2_Deadline", .. binding.Families(campuses.Append(ClassId(key)), periods)];
        var where = campuses.Count == 0 ? "no campus" : DiagnosisText.Campuses(campuses);
        return new DiagnosisFinding
        {
            CampusIds = campuses,
            ClassId = ClassId(key),
            OriginId = OriginId(key),
            FirstPeriod = first,
            LastPeriod = last,
            Families = families,
            Shortfall = tokens,
            Unit = "tokens",
            Message = $"{where}, {range}: deferrable class {ClassId(key)} from origin {OriginId(key)} has "
                      + $"{DiagnosisText.Tokens(tokens)} of work that cannot be served within its "
                      + $"{DiagnosisText.Number(deadline)} h deadline (or by the end of the horizon) "
                      + $"({string.Join(", ", families)})",
        };
    }

    private DiagnosisFinding Grid(Slack worst, double amountMw, int first, int last, string range)
    {
        var campus = Sets.Campuses[Sets.CampusIndex(worst.Keys[0])];
        var excessKw = amountMw * 1000;
        // The row's keys are [campus, period] or, in a stochastic model, [campus, period, scenario].
        var limitKw = campus.GridImportLimitKwAt(int.Parse(worst.Keys[1], CultureInfo.InvariantCulture));
        var which = limitKw < campus.GridImportLimitKw ? "import cap" : "import limit";
        return Simple(worst, first, last, excessKw, "kW",
            $"campus {campus.Id}, {range}: needs {DiagnosisText.Kw(limitKw + excessKw)} from the grid, above the "
            + $"{which} of {DiagnosisText.Kw(limitKw)} by {DiagnosisText.Kw(excessKw)} "
            + "(E4_GridImportLimit, E3_PowerBalance)");
    }

    private DiagnosisFinding Carbon(double amountTonnes)
    {
        var cap = Sets.Scenario.CarbonCapTonnes ?? 0;
        return new DiagnosisFinding
        {
            Families = ["C1_CarbonCap"],
            Shortfall = amountTonnes,
            Unit = "tCO2",
            Message = $"the whole horizon: serving the demand emits {DiagnosisText.Number(cap + amountTonnes)} t CO2, "
                      + $"above the carbon cap of {DiagnosisText.Number(cap)} t by "
                      + $"{DiagnosisText.Number(amountTonnes)} t "
                      + "(C1_CarbonCap)",
        };
    }

    private static DiagnosisFinding Simple(
        Slack worst, int first, int last, double amount, string unit, string message) =>
        new()
        {
            CampusIds = worst.Family switch
            {
                "R5_Bandwidth" => [worst.Keys[1]],
                "S5_Availability" => [],
                _ => [worst.Keys[0]],
            },
            FirstPeriod = first,
            LastPeriod = last,
            Families = worst.Family == ElasticFamilies.GridImportLimit
                ? [worst.Family, "E3_PowerBalance"]
                : [worst.Family],
            Shortfall = amount,
            Unit = unit,
            Message = message,
        };

    private (DemandKey Key, IReadOnlyList<string> Campuses) DemandKeyOf(Slack slack)
    {
        var key = Sets.DemandKeys.First(k => ClassId(k) == slack.Keys[0] && OriginId(k) == slack.Keys[1]);
        var campuses = Sets.RoutesByDemand[key.Index].Select(r => r.Deployment.Campus).Distinct().Order()
            .Select(c => Sets.Campuses[c].Id).ToList();
        return (key, campuses);
    }

    private string Installed(Slack slack) => Sets.Campuses[Sets.CampusIndex(slack.Keys[0])].GpuInventory
        .GetValueOrDefault(slack.Keys[1]).ToString("N0", CultureInfo.InvariantCulture);

    private string ClassId(DemandKey key) => Sets.Classes[key.Class].Id;

    private string OriginId(DemandKey key) => Sets.Origins[key.Origin].Id;
}
