namespace Inkan.Silo;

/// <summary>
/// A conditional state write found another version in storage than the one it was based on
/// (another activation, possibly on another node, wrote first), or an earlier write of the same
/// activation failed.
/// </summary>
public sealed class InconsistentStateException : Exception
{
    /// <summary>Creates the exception with a message.</summary>
    public InconsistentStateException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    public InconsistentStateException(string message, Exception innerException) : base(message, innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    public InconsistentStateException()
    {
    }
}
