using System.Globalization;
using TokenFlex.Core.Validation;

namespace TokenFlex.Data.Json;

/// <summary>A time-of-use tariff expanded onto the time grid.</summary>
/// <param name="PriceUsdPerMwh">Energy rate per period [USD/MWh].</param>
/// <param name="DemandChargeUsdPerKw">Demand charge pro-rated to the horizon [USD/kW].</param>
internal sealed record TariffSeries(double[] PriceUsdPerMwh, double DemandChargeUsdPerKw);

/// <summary>
/// Reads a campus <c>tariff</c>: time-of-use periods by local weekday and hour with an energy rate each, and a
/// monthly demand charge. It expands to <c>priceUsdPerMwh</c> (the rate of the first matching period at the local
/// time of each period start; steps longer than an hour average the hourly rates) and <c>demandChargeUsdPerKw</c>
/// (the monthly charge × horizon hours / 730.5 h).
/// </summary>
internal static class TariffReader
{
    /// <summary>Hours in an average month (8,766 h / 12).</summary>
    public const double HoursPerMonth = 730.5;

    private static readonly string[] DayNames = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

    private sealed record Period(string Path, HashSet<DayOfWeek>? Days, int? StartHour, int? EndHour, double RateUsdPerMwh)
    {
        public bool Matches(DateTime local)
        {
            if (Days is not null && !Days.Contains(local.DayOfWeek))
            {
                return false;
            }

            if (StartHour is not { } start || EndHour is not { } end)
            {
                return true;
            }

            var hour = local.Hour;
            return start < end ? hour >= start && hour < end : hour >= start || hour < end;
        }
    }

    public static TariffSeries Read(JsonFields tariff, JsonFields campus, string timeZone)
    {
        var context = tariff.Context;
        foreach (var key in new[] { "priceUsdPerMwh", "demandChargeUsdPerKw" })
        {
            if (campus.Has(key))
            {
                context.Error(campus.PathOf(key), $"give either {key} or tariff, not both; the tariff sets it");
            }
        }

        var periods = tariff.Objects("periods", required: true).Select(ReadPeriod).ToList();
        var monthly = tariff.Number("demandChargeUsdPerKwMonth", 0);
        tariff.Finish();
        if (monthly < 0 || !double.IsFinite(monthly))
        {
            context.Error(tariff.PathOf("demandChargeUsdPerKwMonth"), "demandChargeUsdPerKwMonth must be ≥ 0", monthly);
        }

        var zone = Zone(campus, timeZone);
        if (context.Grid is not { } grid || zone is null || periods.Any(p => p is null) || periods.Count == 0)
        {
            return Failed(campus);
        }

        var prices = new double[grid.PeriodCount];
        for (var t = 0; t < grid.PeriodCount; t++)
        {
            var samples = Math.Max(1, (int)Math.Round(grid.StepHours));
            var sum = 0.0;
            for (var j = 0; j < samples; j++)
            {
                var local = TimeZoneInfo.ConvertTime(grid.PeriodStartUtc(t).AddHours(j), zone).DateTime;
                if (periods.FirstOrDefault(p => p!.Matches(local)) is not { } period)
                {
                    context.Error(tariff.PathOf("periods"), $"local time {local:ddd yyyy-MM-dd HH:mm} ({timeZone}) "
                                                            + "matches no period; add a last period without days and "
                                                            + "hours as the default");
                    return Failed(campus);
                }

                sum += period.RateUsdPerMwh;
            }

            prices[t] = sum / samples;
        }

        return new TariffSeries(prices, Math.Max(0, monthly) * grid.HorizonHours / HoursPerMonth);
    }

    /// <summary>A placeholder after a reported problem; rule errors on the price series are hidden.</summary>
    private static TariffSeries Failed(JsonFields campus)
    {
        campus.Context.Cover(campus.PathOf("priceUsdPerMwh"));
        return new TariffSeries([], 0);
    }

    private static Period? ReadPeriod(JsonFields f)
    {
        var errors = f.Context.Errors.Errors.Count;
        f.String("name", "");
        var days = f.Items("days", required: false);
        var start = f.Has("startHour") ? f.Integer("startHour", 0) : (int?)null;
        var end = f.Has("endHour") ? f.Integer("endHour", 0) : (int?)null;
        var rate = f.RequiredNumber("energyUsdPerMwh");
        f.Finish();
        var parsedDays = f.Has("days") ? Days(days, f.Context) : null;
        if ((start is null) != (end is null))
        {
            f.Context.Error(f.PathOf(start is null ? "startHour" : "endHour"), "give both startHour and endHour, or "
                                                                               + "neither for the whole day");
        }
        else if (start is { } s && end is { } e && (s is < 0 or > 23 || e is < 1 or > 24 || s == e % 24))
        {
            f.Context.Error(f.PathOf("startHour"), $"hours {s}–{e} are not a range: startHour is 0–23, endHour 1–24 "
                                                   + "(local, end exclusive; 22–6 wraps past midnight)");
        }

        if (Math.Abs(rate) > ScenarioLimits.MaxAbsPriceUsdPerMwh)
        {
            f.Context.Error(f.PathOf("energyUsdPerMwh"), $"|energyUsdPerMwh| must be ≤ {ScenarioLimits.MaxAbsPriceUsdPerMwh:0}",
                rate.ToString(CultureInfo.InvariantCulture));
        }

        return f.Context.Errors.Errors.Count == errors ? new Period(f.Path, parsedDays, start, end, rate) : null;
    }

    private static HashSet<DayOfWeek> Days(IReadOnlyList<(System.Text.Json.JsonElement Element, string Path)> items,
        ReadContext context)
    {
        var days = new HashSet<DayOfWeek>();
        foreach (var (element, path) in items)
        {
            var text = JsonValues.String(element, path, context);
            var key = text.Length >= 3 ? text[..3].ToLowerInvariant() : text;
            var index = Array.IndexOf(DayNames, key);
            if (index < 0 || (text.Length > 3 && !Enum.GetName((DayOfWeek)index)!.Equals(text, StringComparison.OrdinalIgnoreCase)))
            {
                context.Error(path, $"unknown day '{text}'; use mon, tue, wed, thu, fri, sat or sun", text);
                continue;
            }

            days.Add((DayOfWeek)index);
        }

        return days;
    }

    private static TimeZoneInfo? Zone(JsonFields campus, string timeZone)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(timeZone);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            campus.Context.Error(campus.PathOf("timeZone"), $"unknown IANA time zone '{timeZone}'; the tariff's hours "
                                                           + "are local time (e.g. America/Los_Angeles)", timeZone);
            return null;
        }
    }
}
