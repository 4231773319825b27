namespace Inkan.TestSupport.Smtp;

/// <summary>A mail as the test SMTP server stored it, with headers unfolded and encoded words decoded, and the body decoded to text (LF line ends).</summary>
/// <param name="FileName">The Maildir file it was read from.</param>
/// <param name="Headers">Every header, in order, name as written and value decoded.</param>
/// <param name="Body">The decoded body text.</param>
/// <param name="RawHeaders">The header block as stored, before decoding.</param>
public sealed record ReceivedMail(string FileName, IReadOnlyList<KeyValuePair<string, string>> Headers, string Body, string RawHeaders)
{
    /// <summary>The decoded Subject header.</summary>
    public string Subject => Header("Subject") ?? "";

    /// <summary>The decoded From header.</summary>
    public string From => Header("From") ?? "";

    /// <summary>The decoded To header.</summary>
    public string To => Header("To") ?? "";

    /// <summary>The first value of header <paramref name="name"/> (case-insensitive), or null.</summary>
    public string? Header(string name) =>
        Headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    /// <summary>Every value of header <paramref name="name"/> (case-insensitive).</summary>
    public IReadOnlyList<string> HeaderValues(string name) =>
        [.. Headers.Where(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Select(h => h.Value)];
}
