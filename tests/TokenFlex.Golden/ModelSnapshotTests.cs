using System.Runtime.CompilerServices;
using TokenFlex.Core.Domain;
using TokenFlex.Optimization;

namespace TokenFlex.Golden;

/// <summary>
/// Snapshot of the LP text of a micro model that exercises every constraint family, so that any change
/// of the formulation shows up in review. When a change is intended, the test writes
/// <c>*.received.lp</c> beside the snapshot: inspect the diff and copy it over <c>*.verified.lp</c>.
/// </summary>
[Trait("Category", "Golden")]
public sealed class ModelSnapshotTests
{
    [Fact]
    public void Build_FullMicroModel_MatchesVerifiedLp()
    {
        // Arrange
        var inputs = new FormulationInputs
        {
            Scenario = FullMicro(),
            TwoPassBaselineKw = new Dictionary<string, double[]> { ["c1"] = [300, 300, 300] },
        };

        // Act
        var lp = Formulation.Build(inputs).Model.ExportToLpString(false);

        // Assert
        var verified = SnapshotPath("micro-full.verified.lp");
        var received = SnapshotPath("micro-full.received.lp");
        var expected = File.Exists(verified) ? File.ReadAllText(verified) : "";
        if (expected != lp)
        {
            File.WriteAllText(received, lp);
        }
        else if (File.Exists(received))
        {
            File.Delete(received);
        }

        lp.ShouldBe(expected, $"The LP of the micro model changed; if intended, copy {received} over {verified}.");
    }

    [Fact]
    public void Build_FullMicroModel_NamesEveryFamily()
    {
        // Arrange
        var inputs = new FormulationInputs
        {
            Scenario = FullMicro(),
            TwoPassBaselineKw = new Dictionary<string, double[]> { ["c1"] = [300, 300, 300] },
        };

        // Act
        var model = Formulation.Build(inputs).Model;
        var names = Enumerable.Range(0, model.ConstraintsCount()).Select(i => model.Helper.ConstraintName(i)).ToArray();

        // Assert: every family of docs/formulation.md appears, named {EqId}_{Family}[keys].
        string[] families =
        [
            "S1_GpuBudget[c1,G,0]", "S2_InstanceBalance[c1,m-bf16,0]", "S3_MinUp[c1,m-bf16,1]", "S3_MinDown[c1,m-bf16,1]",
            "S4_ReloadRate[c1,0]", "S5_Availability[m,0]", "S6_DrMax[c1,1]", "S6_DrMin[c1,1]", "S6_DrFirmBlock[c1,2]",
            "S7_GenStart[g1,0]", "S7_GenMinUp[g1,1]", "S7_GenRunHours[g1]", "R1_Demand[chat,o1,0]", "R2_Backlog[batch,o1,0]",
            "R2_Deadline[batch,o1,2]", "R3_Capacity[c1,m-fp8,0]", "R4_QualityCap[chat,0]", "E1_ItPower[c1,0]",
            "E2_FacilityPower[c1,0]", "E3_PowerBalance[c1,0]", "E4_PeakImport[c1,0]", "E6_Soc[c1,0]",
            "E6_ChargeMode[c1,0]", "E6_EndSoc[c1]", "E7_GenMax[g1,1]", "E7_GenMin[g1,1]", "D1_DrDelivery[c1,1]",
            "D1_DrShortfallCap[c1,1]", "C1_CarbonCap",
        ];
        foreach (var family in families)
        {
            names.ShouldContain(family);
        }
    }

    /// <summary>One campus, 3 periods, two precisions, chat + batch, PV, battery with mode binary, generator, DR.</summary>
    internal static Scenario FullMicro()
    {
        var scenario = Micro.Interactive(0.5, 1.5, 1.0) with
        {
            Configurations = [Micro.Bf16 with { MinUpHours = 2, MinDownHours = 2, StartCostUsd = 3 }, Micro.Fp8],
            Classes =
            [
                Micro.Chat with { MaxAverageQualityLossPercent = 0.5, QosPriceUsdPerMtokPercent = 0.01 },
                Micro.Chat with { Id = "batch", Kind = WorkloadKind.Deferrable, DeadlineHours = 1 },
            ],
            Demand = [Micro.Demand("chat", 0.5, 1.5, 1.0), Micro.Demand("batch", 0.2, 0.2, 0)],
            CarbonPriceUsdPerTonne = 60,
            CarbonCapTonnes = 10,
            DemandResponseEvents =
            [
                new DemandResponseEvent { Id = "e1", CampusId = "c1", StartUtc = Micro.Start.AddHours(1), DurationHours = 2 },
            ],
        };
        return scenario.WithCampus(c => c with
        {
            PriceUsdPerMwh = [-10, 80, 40],
            CarbonGPerKwh = [300, 400, 350],
            DemandChargeUsdPerKw = 5,
            ReloadLimitGpusPerPeriod = 4,
            Pv = new PvSystem { AvailableKw = [0, 50, 20] },
            Battery = new Battery { EnergyCapacityKwh = 100, MaxChargeKw = 50, MaxDischargeKw = 50 },
            InitialInstances = new Dictionary<string, int> { ["m-bf16"] = 1, ["m-fp8"] = 0 },
            Generators =
            [
                new Generator
                {
                    Id = "g1", MinOutputKw = 30, MaxOutputKw = 100, FuelCostUsdPerKwh = 0.3, EmissionTonnesPerMwh = 0.72,
                    MaxRunHours = 2, MinUpHours = 2, OnlyInDemandResponseWindows = false,
                },
            ],
            DemandResponse = new DemandResponseEnrolment
            {
                ProgramId = "p",
                CapacityPaymentUsdPerKwHour = 0.5,
                PenaltyUsdPerMwh = 1725,
                MaxCommitmentKw = 200,
                MinCommitmentKw = 20,
                FirmBlock = true,
            },
        });
    }

    private static string SnapshotPath(string name, [CallerFilePath] string source = "") =>
        Path.Combine(Path.GetDirectoryName(source)!, "Snapshots", name);
}
