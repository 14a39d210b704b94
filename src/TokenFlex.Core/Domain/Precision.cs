namespace TokenFlex.Core.Domain;

/// <summary>Numeric precision a model instance is served at.</summary>
public enum Precision
{
    /// <summary>BF16 weights and activations: the unquantized reference.</summary>
    Bf16,

    /// <summary>FP16 weights and activations (16-bit reference on GPUs without BF16 preference).</summary>
    Fp16,

    /// <summary>FP8 weights and activations (W8A8-FP), Hopper and newer.</summary>
    Fp8,

    /// <summary>INT8 weights and activations (W8A8-INT, SmoothQuant-style).</summary>
    Int8,

    /// <summary>INT4 weights with 16-bit activations (W4A16, AWQ/GPTQ).</summary>
    Int4,

    /// <summary>4-bit floating point (NVFP4/MXFP4), Blackwell.</summary>
    Fp4,
}

/// <summary>Text forms of <see cref="Precision"/> as written in scenarios and reports.</summary>
public static class PrecisionNames
{
    /// <summary>Every precision with its canonical name.</summary>
    public static IReadOnlyList<(Precision Precision, string Name)> All { get; } =
    [
        (Precision.Bf16, "BF16"),
        (Precision.Fp16, "FP16"),
        (Precision.Fp8, "FP8"),
        (Precision.Int8, "INT8"),
        (Precision.Int4, "INT4"),
        (Precision.Fp4, "FP4"),
    ];

    /// <summary>Canonical name, e.g. <c>FP8</c>.</summary>
    /// <param name="precision">The precision.</param>
    public static string Name(this Precision precision) => All.First(p => p.Precision == precision).Name;

    /// <summary>Parses a name case-insensitively; accepts W8A8/W4A16 aliases.</summary>
    /// <param name="text">Text to parse.</param>
    /// <param name="precision">The parsed precision.</param>
    /// <returns>True when the text names a precision.</returns>
    public static bool TryParse(string? text, out Precision precision)
    {
        precision = Precision.Bf16;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var key = text.Trim().ToUpperInvariant();
        key = key switch
        {
            "W8A8-FP" or "FP8-W8A8" => "FP8",
            "W8A8" or "W8A8-INT" or "INT8-W8A8" => "INT8",
            "W4A16" or "INT4-W4A16" or "AWQ" or "GPTQ" => "INT4",
            "NVFP4" or "MXFP4" => "FP4",
            _ => key,
        };
        foreach (var (value, name) in All)
        {
            if (name == key)
            {
                precision = value;
                return true;
            }
        }

        return false;
    }
}
