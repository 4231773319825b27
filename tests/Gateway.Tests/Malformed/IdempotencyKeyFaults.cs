namespace Inkan.Gateway.Tests.Malformed;

/// <summary>
/// <c>Idempotency-Key</c> headers for the creation endpoints: malformed ones (each the header's values, one per header
/// line), and well-formed ones that the corpus reuses on one broken request after another.
/// </summary>
public static class IdempotencyKeyFaults
{
    /// <summary>
    /// Keys the server must refuse: blank, too long, not visible ASCII (control characters, non-ASCII), with a comma, or
    /// sent more than once. The in-memory test server drops a lone empty header line, so "empty" is sent as two empty
    /// lines (Kestrel passes a lone one on, and it is refused as these are); it cannot carry a line break either.
    /// </summary>
    public static readonly IReadOnlyList<string[]> Malformed =
    [
        [" "], ["\t"], ["with space"], ["a,b"], ["ｷｰ"], ["clé"], ["😀"], ["a\u0001b"], ["a\u007fb"], ["a\u0000b"],
        [new string('k', 129)], [BadValues.Huge], ["", ""], ["order-1", "order-2"], ["order-1", "order-1"],
    ];

    /// <summary>Well-formed keys, up to the longest accepted; none is bound before the corpus runs.</summary>
    public static readonly IReadOnlyList<string> WellFormed = ["order-1", "k", new string('k', 128), "!#$%&'*+-.^_`|~\"/:;<=>?@[]{}"];
}
