using Google.OrTools.ModelBuilder;
using TokenFlex.Optimization.Sets;
using TokenFlex.Optimization.Variables;

namespace TokenFlex.Optimization.Constraints;

/// <summary>
/// (S6) DR commitment: B[c,t] ≤ B̄ (a variable bound), a participation binary when the program has a
/// minimum commitment, and optionally one firm commitment across each window.
/// </summary>
public static class DemandResponseCommitment
{
    public static void Add(Model model, ModelSets sets, ModelVariables vars)
    {
        foreach (var window in sets.DemandResponse)
        {
            if (window is null)
            {
                continue;
            }

            var campus = sets.Campuses[window.Campus];
            var enrolment = window.Enrolment;
            var participation = vars.DrParticipation[window.Campus];
            for (var t = 0; t < sets.PeriodCount; t++)
            {
                if (vars.DrCommitMw[window.Campus, t] is not { } commit)
                {
                    continue;
                }

                if (participation is not null)
                {
                    // (S6) B[c,t] ≤ B̄[c]·z^DR[c]   [MW]
                    model.Add(commit - enrolment.MaxCommitmentKw / 1000.0 * participation <= 0.0)
                        .WithName($"S6_DrMax[{campus.Id},{t}]");
                    // (S6) B[c,t] ≥ B̲[c]·z^DR[c]   [MW]
                    model.Add(commit - enrolment.MinCommitmentKw / 1000.0 * participation >= 0.0)
                        .WithName($"S6_DrMin[{campus.Id},{t}]");
                }

                if (enrolment.FirmBlock && t + 1 < sets.PeriodCount
                    && vars.DrCommitMw[window.Campus, t + 1] is { } next)
                {
                    // (S6) B[c,t+1] = B[c,t] within a window   [MW]
                    model.Add(next - commit == 0.0).WithName($"S6_DrFirmBlock[{campus.Id},{t + 1}]");
                }
            }
        }
    }
}
