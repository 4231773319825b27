namespace Inkan.Protocol.Txa;

/// <summary>ADM: an administrative operation on the user with the target login ID.</summary>
public sealed record AdminData(AdminOperation Operation, string TargetLoginId) : TxaData
{
    /// <inheritdoc/>
    public override TxaKind Kind => TxaKind.ADM;
}
