using TokenFlex.Optimization;
using TokenFlex.Optimization.Results;

namespace TokenFlex.Scenarios.Diagnostics;

/// <summary>
/// Reads the positive slacks of a solved elastic model and turns them into findings: slacks of one row family and
/// one key (a demand, a campus, a path) in consecutive periods become one sentence with the largest shortfall in
/// site units and the families that bind there.
/// </summary>
internal static class ElasticFindings
{
    /// <summary>Slack below which a row counts as satisfied (model units).</summary>
    private const double Tolerance = 1e-6;

    public static IReadOnlyList<DiagnosisFinding> From(
        BuiltModel built, IReadOnlyList<Slack> slacks, double[] values, int originalColumns)
    {
        var binding = new BindingRows(built.Model, values, originalColumns);
        var phrases = new SlackPhrases(built, binding);
        var positive = slacks.Where(s => values[s.Column] > Tolerance).ToList();
        var findings = new List<DiagnosisFinding>();
        var groups = positive.GroupBy(s => (s.Family, Key: string.Join(',', s.Keys.SkipLast(s.Period >= 0 ? 1 : 0))));
        foreach (var group in groups)
        {
            var byPeriod = group.OrderBy(s => s.Period).ToList();
            foreach (var (first, last) in DiagnosisText.Runs(byPeriod.Select(s => s.Period).Distinct()))
            {
                var run = byPeriod.Where(s => s.Period >= first && s.Period <= last).ToList();
                var worst = run.MaxBy(s => values[s.Column])!;
                findings.Add(phrases.Describe(worst, values[worst.Column], first, last));
            }
        }

        return findings;
    }
}
