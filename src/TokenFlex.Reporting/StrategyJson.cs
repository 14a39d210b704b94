using System.Text.Json;
using TokenFlex.Optimization.Results;

namespace TokenFlex.Reporting;

/// <summary>
/// The JSON object of one strategy, shared by <c>summary.json</c> (each entry of <c>strategies</c>) and
/// <c>plan.json</c> (its <c>strategy</c> object). Values that need a solution are null without one.
/// </summary>
internal static class StrategyJson
{
    public static void Write(Utf8JsonWriter writer, PlanResult result, double? savingVsB0)
    {
        var solved = result.HasSolution;
        var costs = result.Costs;
        var kpis = result.Kpis;
        double? IfSolved(double value) => solved ? value : null;

        writer.WriteStartObject();
        writer.WriteString("name", result.Strategy);
        writer.WriteString("status", ReportFormat.Status(result.Solve.Status));
        writer.NumberOrNull("objectiveUsd", IfSolved(costs.ObjectiveUsd));
        writer.NumberOrNull("totalCostUsd", IfSolved(costs.TotalCostUsd));
        writer.NumberOrNull("grossCostUsd", IfSolved(costs.GrossCostUsd));
        writer.NumberOrNull("savingVsB0", savingVsB0);
        writer.NumberOrNull("servedTokens", IfSolved(kpis.ServedTokens));
        writer.NumberOrNull("demandedTokens", kpis.DemandedTokens);
        writer.NumberOrNull("unservedTokens", IfSolved(kpis.UnservedTokens));
        writer.NumberOrNull("gridEnergyMwh", IfSolved(kpis.GridEnergyMwh));
        writer.NumberOrNull("itEnergyMwh", IfSolved(kpis.ItEnergyMwh));
        writer.NumberOrNull("facilityEnergyMwh", IfSolved(kpis.FacilityEnergyMwh));
        writer.NumberOrNull("emissionsTonnesCo2", IfSolved(kpis.EmissionsTonnesCo2));
        writer.NumberOrNull("facilityEnergyJPerToken", solved ? kpis.FacilityEnergyJPerToken : null);
        writer.NumberOrNull("operationalSciGCo2PerThousandTokens", solved ? kpis.OperationalSciGCo2PerThousandTokens : null);
        writer.NumberOrNull("drRevenueUsd", IfSolved(costs.DrRevenueUsd));
        writer.NumberOrNull("drCommittedMwh", IfSolved(kpis.DrCommittedMwh));
        writer.NumberOrNull("drDeliveredMwh", IfSolved(kpis.DrDeliveredMwh));
        writer.NumberOrNull("drShortfallMwh", IfSolved(kpis.DrShortfallMwh));
        writer.NumberOrNull("peakImportKw", IfSolved(kpis.PeakImportKw));
        writer.NumberOrNull("instanceStarts", IfSolved(kpis.InstanceStarts));
        WriteSolve(writer, result.Solve);
        WriteCosts(writer, solved ? costs : null);
        writer.MapOrNull("gpuHoursByPrecision", solved ? kpis.GpuHoursByPrecision : null);
        writer.MapOrNull("averageQualityLossPercentByClass", solved ? kpis.AverageQualityLossPercentByClass : null);
        DiagnosisJson.Write(writer, result.Diagnosis);
        writer.WriteEndObject();
    }

    private static void WriteSolve(Utf8JsonWriter writer, SolveSummary solve)
    {
        writer.NumberOrNull("mipGap", solve.MipGap);
        writer.NumberOrNull("solveSeconds", solve.SolveSeconds);
        writer.NumberOrNull("buildSeconds", solve.BuildSeconds);
        writer.NumberOrNull("modelObjective", solve.ModelObjective);
        writer.NumberOrNull("modelBestBound", solve.ModelBestBound);
        writer.WriteString("solver", solve.Solver);
        writer.WriteNumber("variables", solve.Variables);
        writer.WriteNumber("integerVariables", solve.IntegerVariables);
        writer.WriteNumber("constraints", solve.Constraints);
        writer.WriteString("message", solve.Message);
    }

    private static void WriteCosts(Utf8JsonWriter writer, CostBreakdown? costs)
    {
        if (costs is null)
        {
            writer.WriteNull("costs");
            return;
        }

        writer.WriteStartObject("costs");
        foreach (var (name, usd) in CostComponents.All)
        {
            writer.NumberOrNull(name + "Usd", usd(costs));
        }

        writer.WriteEndObject();
    }
}
