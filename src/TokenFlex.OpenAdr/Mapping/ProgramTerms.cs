using System.Text.Json;
using TokenFlex.Core.Domain;
using TokenFlex.OpenAdr.Model;

namespace TokenFlex.OpenAdr.Mapping;

/// <summary>
/// Program terms that an OpenADR 3.1 program can carry as private <c>attributes</c> (valuesMaps with one number):
/// the standard has no fields for DR payments, penalties or contracted reductions. Terms a program does not carry
/// stay as the scenario has them.
/// </summary>
public static class ProgramTerms
{
    /// <summary>λ^cap [USD/kW·h].</summary>
    public const string CapacityPayment = "TOKENFLEX_CAPACITY_PAYMENT_USD_PER_KW_H";

    /// <summary>λ^DR [USD/MWh].</summary>
    public const string EnergyPayment = "TOKENFLEX_ENERGY_PAYMENT_USD_PER_MWH";

    /// <summary>λ^pen [USD/MWh].</summary>
    public const string Penalty = "TOKENFLEX_PENALTY_USD_PER_MWH";

    /// <summary>B̄ [kW].</summary>
    public const string MaxCommitment = "TOKENFLEX_MAX_COMMITMENT_KW";

    /// <summary>Overlays the terms a program carries on an enrolment, and sets its program id.</summary>
    /// <param name="enrolment">The enrolment as the scenario (or the adapter) has it.</param>
    /// <param name="program">The program, or null.</param>
    public static DemandResponseEnrolment Apply(DemandResponseEnrolment enrolment, OpenAdrProgram? program)
    {
        if (program is null)
        {
            return enrolment;
        }

        return enrolment with
        {
            ProgramId = program.Id ?? enrolment.ProgramId,
            CapacityPaymentUsdPerKwHour = Number(program, CapacityPayment) ?? enrolment.CapacityPaymentUsdPerKwHour,
            EnergyPaymentUsdPerMwh = Number(program, EnergyPayment) ?? enrolment.EnergyPaymentUsdPerMwh,
            PenaltyUsdPerMwh = Number(program, Penalty) ?? enrolment.PenaltyUsdPerMwh,
            MaxCommitmentKw = Number(program, MaxCommitment) ?? enrolment.MaxCommitmentKw,
        };
    }

    private static double? Number(OpenAdrProgram program, string type)
    {
        var map = program.Attributes.FirstOrDefault(a => a.Type == type);
        return map is { Values.Count: > 0 } && map.Values[0].ValueKind == JsonValueKind.Number ? map.Values[0].GetDouble() : null;
    }
}
