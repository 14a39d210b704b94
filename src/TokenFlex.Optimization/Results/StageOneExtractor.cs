namespace TokenFlex.Optimization.Results;

/// <summary>Reads the stage-1 decisions of a solution.</summary>
public static class StageOneExtractor
{
    public static StageOneDecisions Extract(BuiltModel built, double[] values)
    {
        var sets = built.Sets;
        var vars = built.Variables;
        return new StageOneDecisions
        {
            Instances = sets.Deployments.Select(d => new InstanceSchedule(
                sets.Campuses[d.Campus].Id,
                sets.Configs[d.Config].Id,
                Enumerable.Range(0, sets.CommitmentPeriodCount)
                    .Select(tau => (int)Math.Round(values[vars.Instances[d.Index, tau].Index])).ToArray())).ToArray(),
            Generators = sets.Generators.Select(g => new GeneratorSchedule(
                g.Unit.Id,
                Enumerable.Range(0, sets.CommitmentPeriodCount)
                    .Select(tau => values[vars.GeneratorOn[g.Index, tau].Index] > 0.5).ToArray())).ToArray(),
            DrCommitments = sets.DemandResponse.Where(w => w is not null).Select(w => new CommitmentSchedule(
                sets.Campuses[w!.Campus].Id,
                Enumerable.Range(0, sets.PeriodCount)
                    .Select(t => vars.DrCommitMw[w.Campus, t] is { } b ? Math.Max(0, 1000 * values[b.Index]) : (double?)null)
                    .ToArray()))
                .ToArray(),
            DrBaselines = sets.DemandResponse.Where(w => w?.BaselineKw is not null)
                .Select(w => new BaselineSchedule(sets.Campuses[w!.Campus].Id, w.BaselineKw!)).ToArray(),
        };
    }
}
