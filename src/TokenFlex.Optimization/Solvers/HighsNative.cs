using System.Reflection;
using System.Runtime.InteropServices;

namespace TokenFlex.Optimization.Solvers;

/// <summary>
/// P/Invoke declarations of the HiGHS C API (highs_c_api.h, HiGHS 1.12, 32-bit HighsInt) on the
/// libhighs shipped in the OR-Tools runtime package. Signatures checked against the header and the
/// exported symbols of libhighs.so.1.
/// </summary>
internal static class HighsNative
{
    /// <summary>The logical library name that the resolver maps to the platform file.</summary>
    private const string Library = "highs";

    /// <summary>
    /// The infinity passed to HiGHS. HiGHS 1.12 treats any |bound| ≥ its option infinite_bound (1e20) as
    /// infinite, so ±1e30 is free, and so would be a finite bound of 1e20 or more in a model.
    /// </summary>
    internal const double Infinity = 1e30;

    internal const int StatusError = -1;
    internal const int MatrixFormatRowwise = 2;
    internal const int ObjSenseMinimize = 1;
    internal const int ObjSenseMaximize = -1;
    internal const int VarTypeContinuous = 0;
    internal const int VarTypeInteger = 1;
    internal const int SolutionStatusFeasible = 2;

    internal const int CallbackLogging = 0;
    internal const int CallbackSimplexInterrupt = 1;
    internal const int CallbackIpmInterrupt = 2;
    internal const int CallbackMipImprovingSolution = 4;
    internal const int CallbackMipInterrupt = 6;

    static HighsNative() => NativeLibrary.SetDllImportResolver(typeof(HighsNative).Assembly, Resolve);

    /// <summary>The C callback type HighsCCallbackType.</summary>
    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    internal delegate void Callback(int callbackType, IntPtr message, IntPtr dataOut, IntPtr dataIn, IntPtr userData);

    /// <summary>Maps ±∞ (and anything beyond ±1e30) to HiGHS's ±1e30.</summary>
    internal static double ToHighs(double value) =>
        value >= Infinity ? Infinity : value <= -Infinity ? -Infinity : value;

    [DllImport(Library)]
    internal static extern IntPtr Highs_create();

    [DllImport(Library)]
    internal static extern void Highs_destroy(IntPtr highs);

    [DllImport(Library)]
    internal static extern IntPtr Highs_version();

    [DllImport(Library)]
    internal static extern int Highs_getSizeofHighsInt(IntPtr highs);

    [DllImport(Library)]
    internal static extern int Highs_passMip(
        IntPtr highs, int numCol, int numRow, int numNz, int aFormat, int sense, double offset,
        double[] colCost, double[] colLower, double[] colUpper, double[] rowLower, double[] rowUpper,
        int[] aStart, int[] aIndex, double[] aValue, int[] integrality);

    [DllImport(Library)]
    internal static extern int Highs_passLp(
        IntPtr highs, int numCol, int numRow, int numNz, int aFormat, int sense, double offset,
        double[] colCost, double[] colLower, double[] colUpper, double[] rowLower, double[] rowUpper,
        int[] aStart, int[] aIndex, double[] aValue);

    [DllImport(Library)]
    internal static extern int Highs_setBoolOptionValue(
        IntPtr highs, [MarshalAs(UnmanagedType.LPUTF8Str)] string option, int value);

    [DllImport(Library)]
    internal static extern int Highs_setIntOptionValue(
        IntPtr highs, [MarshalAs(UnmanagedType.LPUTF8Str)] string option, int value);

    [DllImport(Library)]
    internal static extern int Highs_setStringOptionValue(
        IntPtr highs, [MarshalAs(UnmanagedType.LPUTF8Str)] string option, [MarshalAs(UnmanagedType.LPUTF8Str)] string value);

    [DllImport(Library)]
    internal static extern int Highs_setDoubleOptionValue(
        IntPtr highs, [MarshalAs(UnmanagedType.LPUTF8Str)] string option, double value);

    [DllImport(Library)]
    internal static extern int Highs_setSolution(
        IntPtr highs, double[] colValue, double[]? rowValue, double[]? colDual, double[]? rowDual);

    [DllImport(Library)]
    internal static extern int Highs_setCallback(IntPtr highs, IntPtr callback, IntPtr userData);

    [DllImport(Library)]
    internal static extern int Highs_startCallback(IntPtr highs, int callbackType);

    [DllImport(Library)]
    internal static extern int Highs_run(IntPtr highs);

    [DllImport(Library)]
    internal static extern int Highs_getModelStatus(IntPtr highs);

    [DllImport(Library)]
    internal static extern int Highs_getIntInfoValue(
        IntPtr highs, [MarshalAs(UnmanagedType.LPUTF8Str)] string info, out int value);

    [DllImport(Library)]
    internal static extern int Highs_getDoubleInfoValue(
        IntPtr highs, [MarshalAs(UnmanagedType.LPUTF8Str)] string info, out double value);

    [DllImport(Library)]
    internal static extern int Highs_getSolution(
        IntPtr highs, double[] colValue, double[]? colDual, double[]? rowValue, double[]? rowDual);

    [DllImport(Library)]
    internal static extern IntPtr Highs_getCallbackDataOutItem(
        IntPtr dataOut, [MarshalAs(UnmanagedType.LPUTF8Str)] string itemName);

    /// <summary>The HiGHS version string, e.g. "1.12.0".</summary>
    internal static string Version() => Marshal.PtrToStringUTF8(Highs_version()) ?? "unknown";

    private static IntPtr Resolve(string libraryName, Assembly assembly, DllImportSearchPath? searchPath)
    {
        if (libraryName != Library)
        {
            return IntPtr.Zero;
        }

        var fileName = OperatingSystem.IsWindows() ? "highs.dll"
            : OperatingSystem.IsMacOS() ? "libhighs.1.dylib"
            : "libhighs.so.1";
        if (NativeLibrary.TryLoad(fileName, assembly, searchPath, out var handle))
        {
            return handle;
        }

        foreach (var directory in CandidateDirectories())
        {
            var path = Path.Combine(directory, fileName);
            if (File.Exists(path) && NativeLibrary.TryLoad(path, out handle))
            {
                return handle;
            }
        }

        return IntPtr.Zero;
    }

    private static IEnumerable<string> CandidateDirectories()
    {
        var rid = RuntimeInformation.RuntimeIdentifier;
        var portableRid = (OperatingSystem.IsWindows() ? "win" : OperatingSystem.IsMacOS() ? "osx" : "linux")
            + "-" + RuntimeInformation.ProcessArchitecture.ToString().ToLowerInvariant();
        var roots = new[]
        {
            AppContext.BaseDirectory,
            Path.GetDirectoryName(typeof(HighsNative).Assembly.Location) ?? "",
            Path.GetDirectoryName(typeof(Google.OrTools.ModelBuilder.Model).Assembly.Location) ?? "",
        };
        foreach (var root in roots.Where(r => r.Length > 0).Distinct())
        {
            yield return root;
            yield return Path.Combine(root, "runtimes", rid, "native");
            yield return Path.Combine(root, "runtimes", portableRid, "native");
        }
    }
}
