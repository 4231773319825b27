namespace Inkan.Protocol.Txa;

/// <summary>ACT: a user registers a token (login ID 4–32 of A–Z a–z 0–9 . _ -, serial 10 digits).</summary>
public sealed record ActivationData(string LoginId, string TokenSerial) : TxaData
{
    /// <inheritdoc/>
    public override TxaKind Kind => TxaKind.ACT;
}
