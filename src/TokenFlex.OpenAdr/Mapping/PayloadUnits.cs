using TokenFlex.OpenAdr.Model;

namespace TokenFlex.OpenAdr.Mapping;

/// <summary>
/// Converts payload values to TokenFlex units using the payload descriptor of the event, else of its program:
/// limits and setpoints to kW, prices to USD/MWh, GHG to g/kWh. A missing unit is read as the OpenADR
/// default for the payload (KW, USD per KWH, GHG) and said in the notes.
/// </summary>
internal static class PayloadUnits
{
    /// <summary>The factor from the payload's unit to the TokenFlex unit, or null with the reason it is not supported.</summary>
    public static (double? Factor, string? Assumption, string? Problem) Factor(string payloadType, OpenAdrPayloadDescriptor? descriptor)
    {
        var units = descriptor?.Units?.ToUpperInvariant();
        return payloadType switch
        {
            PayloadTypes.ImportCapacityLimit or PayloadTypes.DispatchSetpoint => Power(units),
            PayloadTypes.Price => Price(units, descriptor?.Currency),
            PayloadTypes.Ghg => units is null or "GHG"
                ? (1.0, units is null ? "no units given; read as GHG (g/kWh)" : null, null)
                : (null, null, $"units {units} are not supported for GHG; use GHG (g/kWh)"),
            _ => (1.0, null, null),
        };
    }

    private static (double?, string?, string?) Power(string? units) => units switch
    {
        null => (1.0, "no units given; read as KW", null),
        "KW" => (1.0, null, null),
        "MW" => (1000.0, null, null),
        "W" => (0.001, null, null),
        _ => (null, null, $"units {units} are not supported for a power level; use KW"),
    };

    private static (double?, string?, string?) Price(string? units, string? currency)
    {
        if (currency is not null && !currency.Equals("USD", StringComparison.OrdinalIgnoreCase))
        {
            return (null, null, $"currency {currency} is not supported; TokenFlex prices are in USD");
        }

        var assumption = currency is null ? "no currency given; read as USD" : null;
        return units switch
        {
            null => (1000.0, Join(assumption, "no units given; read as USD per KWH"), null),
            "KWH" => (1000.0, assumption, null),
            "MWH" => (1.0, assumption, null),
            _ => (null, null, $"units {units} are not supported for PRICE; use KWH (price per kWh) or MWH"),
        };
    }

    private static string Join(string? first, string second) => first is null ? second : $"{first}; {second}";
}
