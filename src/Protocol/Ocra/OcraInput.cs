namespace Inkan.Protocol.Ocra;

/// <summary>
/// The data inputs of one OCRA computation; set exactly those that the suite names.
/// The question is written as RFC 6287's reference code takes it in its tests: decimal digits for
/// <c>QN</c>, plain letters and digits for <c>QA</c>, hexadecimal digits for <c>QH</c>.
/// </summary>
public sealed record OcraInput
{
    /// <summary>The counter <c>C</c> (0 or more), when the suite has <c>C</c>.</summary>
    public long? Counter { get; init; }

    /// <summary>The challenge question <c>Q</c>; every suite needs one.</summary>
    public string? Question { get; init; }

    /// <summary>The PIN hash <c>P</c>, already hashed with the suite's PIN hash function.</summary>
    public byte[]? PinHash { get; init; }

    /// <summary>The session information <c>S</c>, at most the suite's session length; shorter values are zero-padded on the left.</summary>
    public byte[]? Session { get; init; }

    /// <summary>The timestamp <c>T</c>: the number of whole time steps since the Unix epoch.</summary>
    public long? TimeSteps { get; init; }
}
