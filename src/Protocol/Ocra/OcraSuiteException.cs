namespace Inkan.Protocol.Ocra;

/// <summary>Thrown when an OCRA suite string does not follow RFC 6287 section 6; the message names the part that is wrong.</summary>
public sealed class OcraSuiteException : FormatException
{
    /// <summary>Creates the exception with a generic message.</summary>
    public OcraSuiteException()
        : base("The OCRA suite is not valid.")
    {
    }

    /// <summary>Creates the exception with a message that names what is wrong.</summary>
    public OcraSuiteException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    public OcraSuiteException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
