using System.Text;
using Google.OrTools.ModelBuilder;

namespace TokenFlex.Optimization.Solvers;

/// <summary>Writes a <see cref="Model"/> as MPS or LP text, atomically.</summary>
/// <remarks>
/// What OR-Tools 9.15 writes (checked by re-import and solve):
/// <list type="bullet">
/// <item>MPS (free format): <c>OBJSENSE MAX</c> for a maximisation (nothing for a minimisation; readers that
/// ignore OBJSENSE would minimise), integer columns between <c>MARKER INTORG/INTEND</c>, 0/1 integers as
/// <c>BV</c>, the objective offset as the objective row's RHS with the sign flipped (offset 7 → RHS −7).</item>
/// <item>MPS column order differs from the model's: integer columns come first. A re-imported model has other
/// variable indices, so map values by name, never by index.</item>
/// <item>Names: spaces become "_", unnamed columns become "V{index}" and unnamed rows "C{index}"; names with
/// brackets and commas (<c>E1_Balance[a,1]</c>) are kept.</item>
/// <item>LP: the offset appears as a term of a pseudo-variable <c>Constant</c> fixed to 1, so a model
/// variable named "Constant" would clash.</item>
/// </list>
/// </remarks>
public static class ModelExport
{
    /// <summary>The model as MPS text with its real names.</summary>
    /// <param name="model">The model.</param>
    /// <returns>MPS text.</returns>
    public static string ToMps(Model model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return model.ExportToMpsString(false);
    }

    /// <summary>The model as LP text with its real names.</summary>
    /// <param name="model">The model.</param>
    /// <returns>LP text.</returns>
    public static string ToLp(Model model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return model.ExportToLpString(false);
    }

    /// <summary>Writes the model as MPS to <paramref name="path"/> (replaced atomically).</summary>
    /// <param name="model">The model.</param>
    /// <param name="path">Target file; its directory must exist.</param>
    public static void WriteMps(Model model, string path) => WriteAtomically(path, ToMps(model));

    /// <summary>Writes the model as LP to <paramref name="path"/> (replaced atomically).</summary>
    /// <param name="model">The model.</param>
    /// <param name="path">Target file; its directory must exist.</param>
    public static void WriteLp(Model model, string path) => WriteAtomically(path, ToLp(model));

    /// <summary>
    /// Writes <paramref name="text"/> to a temporary file in the target's directory, then moves it over the
    /// target, so a reader never sees a half-written file.
    /// </summary>
    /// <param name="path">Target file.</param>
    /// <param name="text">Content, written as UTF-8 without a byte-order mark.</param>
    public static void WriteAtomically(string path, string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(text);
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full) ?? ".";
        var temporary = Path.Combine(directory, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllText(temporary, text, new UTF8Encoding(false));
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
