namespace TokenFlex.Core.Domain;

/// <summary>
/// One data-center campus: its GPUs, grid connection, cooling, on-site assets, DR enrolment and the
/// price and carbon signals it faces. Power is in kW and energy in kWh, as in site-level tools.
/// </summary>
public sealed record Campus
{
    /// <summary>Unique short id, used in constraint names (e.g. <c>phx</c>).</summary>
    public required string Id { get; init; }

    /// <summary>Display name.</summary>
    public string Name { get; init; } = "";

    /// <summary>IANA time zone of the site, for local-time labels only (all data are UTC).</summary>
    public string TimeZone { get; init; } = "UTC";

    /// <summary>N^GPU: installed GPUs available to the optimiser, by GPU type.</summary>
    public required IReadOnlyDictionary<string, int> GpuInventory { get; init; }

    /// <summary>P^imp,max: grid import (interconnection) limit [kW].</summary>
    public required double GridImportLimitKw { get; init; }

    /// <summary>
    /// P^imp,cap_{c,t}: a further cap on grid import per period (a utility order, an OpenADR import limit), or null for
    /// none [kW]. The limit in force in period t is min(<see cref="GridImportLimitKw"/>, GridImportCapKw[t]).
    /// </summary>
    public double[]? GridImportCapKw { get; init; }

    /// <summary>R^max: GPUs that can be (re)loaded with weights per period; null for no limit [GPU/period].</summary>
    public double? ReloadLimitGpusPerPeriod { get; init; }

    /// <summary>Cooling model: fixed PUE or COP against ambient temperature.</summary>
    public required Cooling Cooling { get; init; }

    /// <summary>P^aux: fixed non-IT load (lighting, offices, UPS losses) [kW].</summary>
    public double AuxiliaryLoadKw { get; init; }

    /// <summary>λ_{c,t}: energy price per period [USD/MWh]; may be negative.</summary>
    public required double[] PriceUsdPerMwh { get; init; }

    /// <summary>CI_{c,t}: grid carbon intensity per period [gCO₂/kWh].</summary>
    public required double[] CarbonGPerKwh { get; init; }

    /// <summary>λ^dem: demand charge on the horizon's peak import, pro-rated to the horizon [USD/kW].</summary>
    public double DemandChargeUsdPerKw { get; init; }

    /// <summary>On-site PV, or null.</summary>
    public PvSystem? Pv { get; init; }

    /// <summary>Battery or UPS storage that can be dispatched, or null.</summary>
    public Battery? Battery { get; init; }

    /// <summary>Backup generators.</summary>
    public IReadOnlyList<Generator> Generators { get; init; } = [];

    /// <summary>Demand-response program enrolment, or null when the campus is not enrolled.</summary>
    public DemandResponseEnrolment? DemandResponse { get; init; }

    /// <summary>
    /// n_{c,k,0}: instances running just before the horizon, by configuration id. Null means the
    /// initial state is free: the optimiser picks it without start costs.
    /// </summary>
    public IReadOnlyDictionary<string, int>? InitialInstances { get; init; }

    /// <summary>
    /// The grid import limit in force in period <paramref name="period"/>: the interconnection limit, lowered by
    /// <see cref="GridImportCapKw"/> where a cap is given [kW].
    /// </summary>
    /// <param name="period">Zero-based period index.</param>
    public double GridImportLimitKwAt(int period) =>
        GridImportCapKw is { } cap ? Math.Min(GridImportLimitKw, cap[period]) : GridImportLimitKw;

    /// <summary>
    /// The campus with every per-period series reshaped by <paramref name="map"/>: prices, carbon, import cap, PV,
    /// ambient temperature and the exogenous DR baseline. The one place that knows them all, so that repeating,
    /// refining or slicing the time grid cannot miss one.
    /// </summary>
    /// <param name="map">From a series on the old grid to the same series on the new one.</param>
    public Campus MapSeries(Func<double[], double[]> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return this with
        {
            PriceUsdPerMwh = map(PriceUsdPerMwh),
            CarbonGPerKwh = map(CarbonGPerKwh),
            GridImportCapKw = GridImportCapKw is null ? null : map(GridImportCapKw),
            Pv = Pv is null ? null : Pv with { AvailableKw = map(Pv.AvailableKw) },
            Cooling = Cooling.AmbientTemperatureC is null ? Cooling : Cooling with { AmbientTemperatureC = map(Cooling.AmbientTemperatureC) },
            DemandResponse = DemandResponse?.BaselineKw is null
                ? DemandResponse
                : DemandResponse with { BaselineKw = map(DemandResponse.BaselineKw) },
        };
    }
}

/// <summary>On-site photovoltaic generation.</summary>
public sealed record PvSystem
{
    /// <summary>PV_{c,t}: available output per period (after inverter losses) [kW]; curtailment is free.</summary>
    public required double[] AvailableKw { get; init; }
}

/// <summary>How cooling overhead is computed.</summary>
public sealed record Cooling
{
    /// <summary>Fixed PUE; used when <see cref="CopCurve"/> is null.</summary>
    public double? Pue { get; init; }

    /// <summary>
    /// Chiller COP against ambient temperature, as (ambient °C, COP) points interpolated linearly and
    /// held constant beyond the ends. Requires <see cref="AmbientTemperatureC"/>.
    /// </summary>
    public IReadOnlyList<CopPoint>? CopCurve { get; init; }

    /// <summary>T^amb_{c,t}: ambient (dry- or wet-bulb) temperature per period [°C].</summary>
    public double[]? AmbientTemperatureC { get; init; }

    /// <summary>Non-cooling overhead as a share of IT power (power distribution, fans) [fraction].</summary>
    public double OtherOverheadFraction { get; init; }

    /// <summary>PUE_{c,t}: facility-to-IT power ratio in period <paramref name="period"/>.</summary>
    /// <param name="period">Zero-based period index.</param>
    public double PueAt(int period)
    {
        if (CopCurve is null || AmbientTemperatureC is null)
        {
            return Pue ?? 1.0;
        }

        return 1.0 + 1.0 / CopAt(AmbientTemperatureC[period]) + OtherOverheadFraction;
    }

    /// <summary>COP at an ambient temperature, by linear interpolation of <see cref="CopCurve"/>.</summary>
    /// <param name="ambientC">Ambient temperature [°C].</param>
    public double CopAt(double ambientC)
    {
        var points = CopCurve ?? throw new InvalidOperationException("No COP curve is defined.");
        if (ambientC <= points[0].AmbientC)
        {
            return points[0].Cop;
        }

        for (var i = 1; i < points.Count; i++)
        {
            if (ambientC <= points[i].AmbientC)
            {
                var share = (ambientC - points[i - 1].AmbientC) / (points[i].AmbientC - points[i - 1].AmbientC);
                return points[i - 1].Cop + share * (points[i].Cop - points[i - 1].Cop);
            }
        }

        return points[^1].Cop;
    }
}

/// <summary>One point of a COP curve.</summary>
/// <param name="AmbientC">Ambient temperature [°C].</param>
/// <param name="Cop">Coefficient of performance of cooling at that temperature [-].</param>
public sealed record CopPoint(double AmbientC, double Cop);
