namespace Inkan.Grains.Errors;

/// <summary>A domain operation was refused; <see cref="Error"/> says how, the message says why (never with a secret).</summary>
public sealed class DomainException : Exception
{
    /// <summary>Creates the exception.</summary>
    public DomainException(DomainError error, string message) : base(message) => Error = error;

    /// <summary>Creates a conflict with a message.</summary>
    public DomainException(string message) : this(DomainError.Conflict, message)
    {
    }

    /// <summary>Creates a conflict with a message and its cause.</summary>
    public DomainException(string message, Exception innerException) : base(message, innerException) => Error = DomainError.Conflict;

    /// <summary>Creates a conflict.</summary>
    public DomainException() : this(DomainError.Conflict, "The operation does not fit the current state.")
    {
    }

    /// <summary>How the operation was refused.</summary>
    public DomainError Error { get; }
}
