using TokenFlex.Core.Domain;
using TokenFlex.Optimization.Results;
using TokenFlex.Scenarios.Diagnostics;

namespace TokenFlex.Cli.Rendering;

/// <summary>
/// Prints, on standard error, why a strategy has no plan (its diagnosis) and, for plans made with
/// <c>--allow-unserved</c>, the demand left unserved per class, origin and period.
/// </summary>
public static class DiagnosisOutput
{
    /// <summary>Writes the diagnosis of every failed strategy and the shortfall of every plan that has one.</summary>
    public static void Write(TextWriter error, Scenario scenario, IReadOnlyList<PlanResult> results)
    {
        ArgumentNullException.ThrowIfNull(error);
        foreach (var result in results)
        {
            if (result.Diagnosis is { } diagnosis)
            {
                WriteDiagnosis(error, result.Strategy, diagnosis);
            }

            if (result.HasSolution && result.Kpis.UnservedTokens > 0)
            {
                var shortfalls = UnservedReport.From(scenario, result);
                error.WriteLine($"{result.Strategy}: unserved demand ({shortfalls.Count} run(s), "
                                + $"{DiagnosisText.Tokens(result.Kpis.UnservedTokens)} in all):");
                foreach (var shortfall in shortfalls)
                {
                    error.WriteLine($"  - {shortfall.Message}");
                }
            }
        }
    }

    private static void WriteDiagnosis(TextWriter error, string strategy, Diagnosis diagnosis)
    {
        error.WriteLine($"{strategy}: why there is no plan ({diagnosis.Method}):");
        foreach (var finding in diagnosis.Findings)
        {
            error.WriteLine($"  - {finding.Message}");
        }

        if (diagnosis.Note.Length > 0)
        {
            error.WriteLine($"  ({diagnosis.Note})");
        }
    }
}
