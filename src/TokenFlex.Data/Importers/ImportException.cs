namespace TokenFlex.Data.Importers;

/// <summary>
/// A file in an import format (LMP CSV, carbon JSON, benchmark results) could not be read. The message names the
/// file and the line (CSV) or JSON path (JSON) of the problem and says how to fix it, e.g.
/// <c>caiso.csv line 7, column 'MW': 'n/a' is not a number</c> or
/// <c>em.json $.history[3].datetime: '2025-13-01' is not an RFC 3339 time</c>.
/// </summary>
public sealed class ImportException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">File, location, problem and fix.</param>
    public ImportException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with the I/O or parser failure behind it.</summary>
    /// <param name="message">File, location, problem and fix.</param>
    /// <param name="inner">The underlying failure.</param>
    public ImportException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
