using TokenFlex.Optimization.Results;

namespace TokenFlex.Scenarios.Stochastic;

/// <summary>
/// The value of modelling uncertainty (Birge and Louveaux): RP, the recourse problem's expected cost;
/// EV, the mean-value problem's cost; EEV, the expected cost of the mean-value plan's stage-1 decisions
/// in the stochastic model; WS, the expected cost with perfect information. VSS = EEV − RP ≥ 0,
/// EVPI = RP − WS ≥ 0 (up to the MIP gaps).
/// </summary>
public sealed record StochasticReport
{
    public required PlanResult RecourseProblem { get; init; }

    public required PlanResult MeanValue { get; init; }

    public required PlanResult ExpectedOfMeanValue { get; init; }

    public required IReadOnlyList<PlanResult> WaitAndSee { get; init; }

    /// <summary>Probabilities of the scenarios, in the order of <see cref="WaitAndSee"/>.</summary>
    public required IReadOnlyList<double> Probabilities { get; init; }

    public double RpUsd => RecourseProblem.Costs.ObjectiveUsd;

    public double EvUsd => MeanValue.Costs.ObjectiveUsd;

    public double EevUsd => ExpectedOfMeanValue.Costs.ObjectiveUsd;

    public double WsUsd => WaitAndSee.Select((r, s) => Probabilities[s] * r.Costs.ObjectiveUsd).Sum();

    /// <summary>Value of the stochastic solution [USD].</summary>
    public double VssUsd => EevUsd - RpUsd;

    /// <summary>Expected value of perfect information [USD].</summary>
    public double EvpiUsd => RpUsd - WsUsd;

    /// <summary>True when every solve found a plan.</summary>
    public bool Complete =>
        RecourseProblem.HasSolution && MeanValue.HasSolution && ExpectedOfMeanValue.HasSolution && WaitAndSee.All(w => w.HasSolution);
}
