namespace Inkan.Protocol.Tokens;

/// <summary>
/// A token batch file (JSON or PSKC) that cannot be imported. <see cref="Entry"/> names the first
/// unusable entry, if the problem is in one; <see cref="Problems"/> lists every problem found.
/// Messages never contain key material.
/// </summary>
public sealed class TokenBatchFormatException : FormatException
{
    /// <summary>Creates an exception for a problem with the file as a whole.</summary>
    public TokenBatchFormatException(string message)
        : this(message, entry: null, problems: [message], innerException: null)
    {
    }

    /// <summary>Creates an exception for a problem with the file as a whole, caused by <paramref name="innerException"/>.</summary>
    public TokenBatchFormatException(string message, Exception innerException)
        : this(message, entry: null, problems: [message], innerException)
    {
    }

    internal TokenBatchFormatException(string message, string? entry, IReadOnlyList<string> problems, Exception? innerException)
        : base(message, innerException)
    {
        Entry = entry;
        Problems = problems;
    }

    /// <summary>The first unusable entry, e.g. <c>tokens[2] (serial 0000000003)</c>, or null for a file-level problem.</summary>
    public string? Entry { get; }

    /// <summary>Every problem found, one line each, each starting with the entry it concerns.</summary>
    public IReadOnlyList<string> Problems { get; }
}
