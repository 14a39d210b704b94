using TokenFlex.Optimization;
using TokenFlex.Optimization.Results;
using TokenFlex.Optimization.Solvers;

namespace TokenFlex.Scenarios.Diagnostics;

/// <summary>
/// Explains why a model is infeasible: the capacity and floor-load checks (proofs, without a solver) and an elastic
/// re-solve of the same model in which the rows that can conflict may be violated at a price
/// (<see cref="ElasticFamilies"/>); the violated rows, grouped by campus, class and consecutive periods, are the
/// findings.
/// </summary>
public static class InfeasibilityDiagnoser
{
    /// <summary>Diagnoses the model built from <paramref name="inputs"/>.</summary>
    /// <param name="inputs">What the infeasible model was built from.</param>
    /// <param name="solver">Engine for the elastic re-solve.</param>
    /// <param name="options">Solve settings (time limit, cancellation) for the elastic re-solve.</param>
    /// <returns>The diagnosis; its findings may be empty when nothing could be explained.</returns>
    public static Diagnosis Diagnose(FormulationInputs inputs, IMilpSolver solver, SolveOptions options)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(solver);
        ArgumentNullException.ThrowIfNull(options);
        var findings = new List<DiagnosisFinding>();
        findings.AddRange(CapacityCheck.Run(inputs));
        findings.AddRange(FloorLoadCheck.Run(inputs));
        if (options.Cancellation.IsCancellationRequested)
        {
            return new Diagnosis
            {
                Findings = findings,
                Method = "capacity check",
                Note = "the elastic re-solve was skipped: the run was cancelled",
            };
        }

        var (elastic, status, note) = Elastic(inputs, solver, options);
        findings.AddRange(elastic);
        return new Diagnosis
        {
            Findings = findings,
            Method = $"capacity check; elastic re-solve ({status})",
            Note = note,
        };
    }

    private static (IReadOnlyList<DiagnosisFinding> Findings, SolveStatus Status, string Note) Elastic(
        FormulationInputs inputs, IMilpSolver solver, SolveOptions options)
    {
        // Unserved demand is measured by the R1 slacks; the model's own u variables would be free here. R1 is relaxed,
        // so the capacity-cover bounds (which assume it) are off.
        var elasticInputs = inputs with
        {
            Restrictions = inputs.Restrictions with { AllowUnserved = false, CapacityCoverBounds = false },
        };
        var built = Formulation.Build(elasticInputs);
        var originalColumns = built.Model.Helper.VariablesCount();
        var slacks = ElasticModel.Relax(built);
        var outcome = solver.Solve(built.Model, options with { WarmStart = null });
        if (outcome.Values is not { } values)
        {
            var families = string.Join(", ", ElasticFamilies.For(1).Select(f => f.Family));
            return ([], outcome.Status, $"the elastic re-solve, which may violate {families}, found no plan either "
                                        + $"({outcome.Status}); the conflict lies in other constraints: export the "
                                        + "model with 'tokenflex export --format lp' and ask the solver for an IIS");
        }

        var findings = ElasticFindings.From(built, slacks, values, originalColumns);
        var note = findings.Count == 0
            ? "the elastic re-solve needed no slack: the original model is feasible within tolerances or unbounded"
            : outcome.Status == SolveStatus.Optimal ? "" : "the elastic re-solve stopped early, so the amounts may be "
                                                          + "larger than the least violation";
        return (findings, outcome.Status, note);
    }
}
