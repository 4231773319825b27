namespace Inkan.Protocol.Txa;

/// <summary>BLK: approval of a bulk, salary or bonus transfer with its designated date and totals (each 1 to 13 digits).</summary>
public sealed record BulkApprovalData(BulkTransferType Type, DateOnly DesignatedDate, long TotalCount, long TotalAmount) : TxaData
{
    /// <inheritdoc/>
    public override TxaKind Kind => TxaKind.BLK;
}
