namespace Inkan.Protocol.Txa;

/// <summary>The fields of one operation to confirm, without the TXA1 prefix and nonce.</summary>
public abstract record TxaData
{
    /// <summary>The kind written in the payload.</summary>
    public abstract TxaKind Kind { get; }
}
