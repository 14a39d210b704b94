using TokenFlex.Core.Domain;

namespace TokenFlex.Core.Catalog;

/// <summary>Weight memory of a model at a precision and the GPU occupancy it implies (quant-catalog §3.4).</summary>
public static class WeightMemory
{
    /// <summary>
    /// Bytes per parameter of the weights. INT4 W4A16 adds one FP16 scale per group of 128 weights
    /// (the group size of the Neural Magic W4A16 checkpoints); NVFP4 adds one FP8 scale per 16.
    /// </summary>
    /// <param name="precision">Weight precision.</param>
    public static double BytesPerParameter(Precision precision) => precision switch
    {
        Precision.Bf16 or Precision.Fp16 => 2,
        Precision.Fp8 or Precision.Int8 => 1,
        Precision.Int4 => 0.5 + (2.0 / 128),
        Precision.Fp4 => 0.5 + (1.0 / 16),
        _ => throw new ArgumentOutOfRangeException(nameof(precision), precision, "Unknown precision."),
    };

    /// <summary>Weight memory: parameters × bytes per parameter [GB].</summary>
    /// <param name="paramsBillions">Parameter count [billions].</param>
    /// <param name="precision">Weight precision.</param>
    public static double WeightGb(double paramsBillions, Precision precision) =>
        paramsBillions * BytesPerParameter(precision);

    /// <summary>
    /// Smallest power-of-two GPU count whose HBM holds the weights within
    /// <see cref="CatalogSettings.MaxWeightShareOfHbm"/>, leaving the rest for KV cache and activations.
    /// </summary>
    /// <param name="weightGb">Weight memory of one replica [GB].</param>
    /// <param name="settings">HBM size and weight share.</param>
    /// <returns>GPUs per instance (1, 2, 4, …, 64).</returns>
    /// <exception cref="ArgumentOutOfRangeException">The weights need more than 64 GPUs.</exception>
    public static int MinimumGpus(double weightGb, CatalogSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        for (var gpus = 1; gpus <= 64; gpus *= 2)
        {
            if (weightGb <= settings.MaxWeightShareOfHbm * gpus * settings.HbmGbPerGpu)
            {
                return gpus;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(weightGb), weightGb, "Weights need more than 64 GPUs.");
    }

    /// <summary>Minimum GPUs for a model at a precision.</summary>
    /// <param name="paramsBillions">Parameter count [billions].</param>
    /// <param name="precision">Weight precision.</param>
    /// <param name="settings">HBM size and weight share.</param>
    public static int MinimumGpus(double paramsBillions, Precision precision, CatalogSettings settings) =>
        MinimumGpus(WeightGb(paramsBillions, precision), settings);
}
