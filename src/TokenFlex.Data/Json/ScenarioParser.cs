using TokenFlex.Core.Domain;
using TokenFlex.Core.Time;
using TokenFlex.Core.Validation;

namespace TokenFlex.Data.Json;

/// <summary>Reads the top level of a scenario document: header, time grid and the section arrays.</summary>
internal static class ScenarioParser
{
    public static Scenario Read(JsonFields root)
    {
        var d = Defaults.Scenario;
        var name = root.RequiredString("name");
        var description = root.String("description", d.Description);
        var grid = ReadTimeGrid(root.RequiredObject("timeGrid"));
        var carbonPrice = root.Number("carbonPriceUsdPerTonne", d.CarbonPriceUsdPerTonne);
        var carbonCap = root.NullableNumber("carbonCapTonnes");
        var declaredSignal = root.Object("carbonSignal") is { } signal ? CarbonSignalReader.ReadDeclaration(signal) : null;
        var campuses = root.Objects("campuses", required: true).Select(CampusReader.Read).ToList();
        var classes = root.Objects("workloadClasses", required: true).Select(WorkloadReader.ReadClass).ToList();
        var origins = root.Objects("origins", required: true).Select(WorkloadReader.ReadOrigin).ToList();
        var demand = root.Objects("demand", required: true).Select(WorkloadReader.ReadDemand).ToList();
        var events = root.Objects("demandResponseEvents", required: false).Select(WorkloadReader.ReadEvent).ToList();
        var stochastic = root.Objects("stochasticScenarios", required: false).Select(StochasticReader.Read).ToList();
        var configurations = ConfigurationReader.Read(root, classes, campuses);
        var carbonSignal = CarbonSignalReader.Resolve(declaredSignal, root.Context);
        root.Finish();
        return new Scenario
        {
            Name = name,
            Description = description,
            TimeGrid = grid,
            CarbonPriceUsdPerTonne = carbonPrice,
            CarbonCapTonnes = carbonCap,
            CarbonSignal = carbonSignal,
            Configurations = configurations,
            Campuses = campuses,
            Classes = classes,
            Origins = origins,
            Demand = demand,
            DemandResponseEvents = events,
            StochasticScenarios = stochastic,
        };
    }

    /// <summary>
    /// Reads the time grid and, when it is sound, makes it the grid that constant series are expanded to and
    /// CSV time columns are checked against.
    /// </summary>
    private static TimeGrid ReadTimeGrid(JsonFields f)
    {
        var errorsBefore = f.Context.Errors.Errors.Count;
        var grid = new TimeGrid
        {
            StartUtc = f.RequiredTimestamp("startUtc"),
            StepHours = f.Number("stepHours", Defaults.StepHours),
            PeriodCount = f.RequiredInteger("periods"),
            CommitmentStepHours = f.NullableNumber("commitmentStepHours"),
        };
        f.Finish();
        var sound = f.Context.Errors.Errors.Count == errorsBefore && ScenarioRules.IsUsable(grid);
        f.Context.Grid = sound ? grid : null;
        return grid;
    }
}
