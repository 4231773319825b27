namespace Inkan.Protocol.Txa;

/// <summary>A parsed TXA1 payload: its kind, nonce and fields.</summary>
public sealed record TxaMessage(TxaKind Kind, string Nonce, TxaData Data);
