using TokenFlex.OpenAdr.Model;

namespace TokenFlex.OpenAdr.Mapping;

/// <summary>
/// The OpenADR signals gathered for one campus, per period of the scenario's grid. Events are applied from the
/// lowest priority to the highest, so a price or GHG value of a higher-priority event replaces a lower one;
/// limits and setpoints keep the most restrictive value, and SIMPLE the highest level.
/// </summary>
internal sealed class CampusSignals(int periods)
{
    public double?[] LimitKw { get; } = new double?[periods];

    public double?[] PriceUsdPerMwh { get; } = new double?[periods];

    public double?[] CarbonGPerKwh { get; } = new double?[periods];

    public int[] SimpleLevel { get; } = new int[periods];

    /// <summary>The OpenADR event that first called each period, or null when the period is not called.</summary>
    public string?[] CalledBy { get; } = new string?[periods];

    public bool HasLimit => LimitKw.Any(v => v is not null);

    public bool HasSimple => SimpleLevel.Any(level => level > 0);

    public void Record(string type, IReadOnlyList<int> periods, double value, string eventId)
    {
        foreach (var t in periods)
        {
            switch (type)
            {
                case PayloadTypes.ImportCapacityLimit or PayloadTypes.DispatchSetpoint:
                    LimitKw[t] = Math.Min(LimitKw[t] ?? double.PositiveInfinity, value);
                    Call(t, eventId);
                    break;
                case PayloadTypes.Simple:
                    SimpleLevel[t] = Math.Max(SimpleLevel[t], (int)value);
                    if (value > 0)
                    {
                        Call(t, eventId);
                    }

                    break;
                case PayloadTypes.Price:
                    PriceUsdPerMwh[t] = value;
                    break;
                case PayloadTypes.Ghg:
                    CarbonGPerKwh[t] = value;
                    break;
            }
        }
    }

    private void Call(int t, string eventId) => CalledBy[t] ??= eventId;
}
