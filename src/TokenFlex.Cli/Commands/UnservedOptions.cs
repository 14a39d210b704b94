using System.CommandLine;
using TokenFlex.Scenarios.Strategies;

namespace TokenFlex.Cli.Commands;

/// <summary><c>--allow-unserved</c> and its penalty: serve what can be served and report the shortfall.</summary>
public sealed class UnservedOptions
{
    public Option<bool> AllowUnserved { get; } = new("--allow-unserved")
    {
        Description = "Serve what can be served when demand exceeds what the campuses can do: unserved interactive "
                      + "tokens cost the penalty below and are listed per class, origin and period.",
    };

    public Option<double> PenaltyUsdPerMtok { get; } = new("--unserved-penalty-usd-per-mtok")
    {
        Description = "Penalty on unserved tokens with --allow-unserved, in USD per million tokens (default 10000).",
        DefaultValueFactory = _ => 1e4,
    };

    public void AddTo(Command command)
    {
        command.Options.Add(AllowUnserved);
        command.Options.Add(PenaltyUsdPerMtok);
        PenaltyUsdPerMtok.Validators.Add(result =>
        {
            var penalty = result.GetValueOrDefault<double>();
            if (penalty <= 0 || !double.IsFinite(penalty))
            {
                result.AddError("--unserved-penalty-usd-per-mtok must be a positive number of USD per Mtok.");
            }
        });
    }

    /// <summary>The strategies with unserved demand allowed at the penalty, or unchanged without the option.</summary>
    public IReadOnlyList<StrategyDefinition> Apply(ParseResult parse, IReadOnlyList<StrategyDefinition> strategies)
    {
        if (!parse.GetValue(AllowUnserved))
        {
            return strategies;
        }

        var penalty = parse.GetValue(PenaltyUsdPerMtok);
        return strategies.Select(s => s with
        {
            Restrictions = s.Restrictions with { AllowUnserved = true, UnservedPenaltyUsdPerMtok = penalty },
        }).ToArray();
    }
}
