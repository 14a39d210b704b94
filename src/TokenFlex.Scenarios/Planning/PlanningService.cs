using TokenFlex.Core.Catalog;
using TokenFlex.Core.Domain;
using TokenFlex.Core.Validation;
using TokenFlex.Data;
using TokenFlex.Optimization.Results;
using TokenFlex.Optimization.Solvers;
using TokenFlex.Scenarios.CaseStudy;
using TokenFlex.Scenarios.Strategies;

namespace TokenFlex.Scenarios.Planning;

/// <summary>
/// The application layer every front end calls: load a scenario (built-in or file), validate it once,
/// and run the strategies on it.
/// </summary>
public sealed class PlanningService(Func<SolverKind, IMilpSolver> solverFactory)
{
    public PlanningService()
        : this(MilpSolvers.Create)
    {
    }

    /// <summary>The built-in case on the built-in catalogue, validated.</summary>
    public static Scenario BuiltInScenario()
    {
        var scenario = BuiltInCaseStudy.Create(BuiltInCatalog.Entries);
        var errors = ScenarioRules.Validate(scenario);
        return errors.Count == 0 ? scenario : throw new InputValidationException("the built-in case", errors);
    }

    /// <summary>Reads and validates a scenario file; throws <see cref="InputValidationException"/> listing every problem.</summary>
    public static Scenario LoadScenario(string path) => ScenarioReader.ReadFile(path, BuiltInCatalog.Entries);

    /// <summary>The built-in case when <paramref name="path"/> is null, else the file.</summary>
    public static Scenario Load(string? path) => path is null ? BuiltInScenario() : LoadScenario(path);

    /// <summary>
    /// Solves strategies on a scenario, in order (all of <see cref="StrategyCatalog.All"/> by default). A scenario that
    /// did not come through the reader is validated first; an invalid one throws <see cref="InputValidationException"/>
    /// instead of reaching the model.
    /// </summary>
    public IReadOnlyList<PlanResult> Run(
        Scenario scenario,
        SolveOptions options,
        IReadOnlyList<StrategyDefinition>? strategies = null,
        DrBaselineSource baselineSource = DrBaselineSource.Bau,
        Action<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var errors = ScenarioRules.Validate(scenario);
        if (errors.Count > 0)
        {
            throw new InputValidationException($"scenario '{scenario.Name}'", errors);
        }

        return new StrategyRunner(solverFactory).Run(
            scenario, strategies ?? StrategyCatalog.All, options, baselineSource, progress);
    }
}
