namespace TokenFlex.Reporting;

/// <summary>
/// A commit failed and so did restoring the previous run; the backups stay in the staging directory named
/// in the message.
/// </summary>
public sealed class OutputRollbackException : IOException
{
    public OutputRollbackException()
    {
    }

    public OutputRollbackException(string message)
        : base(message)
    {
    }

    public OutputRollbackException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
