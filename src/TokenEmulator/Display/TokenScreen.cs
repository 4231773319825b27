using Inkan.Protocol.Txa;

namespace Inkan.TokenEmulator.Display;

/// <summary>What the token shows after reading a payload: a title for the kind, the transaction's lines, and the 8-digit code.</summary>
/// <param name="Kind">The kind of operation.</param>
/// <param name="Title">The screen title (Japanese name of the kind).</param>
/// <param name="Lines">The labelled values, in the order the token shows them.</param>
/// <param name="Code">The transaction authentication number.</param>
internal sealed record TokenScreen(TxaKind Kind, string Title, IReadOnlyList<DisplayLine> Lines, string Code)
{
    /// <summary>Reads a payload the way the token does: strictly parsed, then displayed and signed with the token's key.</summary>
    public static TokenScreen Read(string payload, byte[] key)
    {
        var message = TxaPayload.Parse(payload);
        return new TokenScreen(message.Kind, TxaDisplay.Title(message.Kind), TxaDisplay.Lines(message.Data), TxaCode.Compute(key, payload));
    }
}
