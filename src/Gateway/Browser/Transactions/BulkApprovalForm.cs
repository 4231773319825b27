using Inkan.Protocol.Txa;

namespace Inkan.Gateway.Browser.Transactions;

/// <summary>The approval of a bulk, salary or bonus transfer: type (<c>SOGO</c>, <c>KYUYO</c>, <c>SHOYO</c>), designated date and totals.</summary>
public sealed record BulkApprovalForm(string? Type, DateOnly DesignatedDate, long TotalCount, long TotalAmount)
{
    /// <summary>The BLK data; an unknown type is an <see cref="ArgumentException"/> naming <c>Type</c>.</summary>
    public BulkApprovalData ToData() =>
        Enum.TryParse<BulkTransferType>(Type, ignoreCase: false, out var type) && Enum.IsDefined(type) && !int.TryParse(Type, out _)
            ? new BulkApprovalData(type, DesignatedDate, TotalCount, TotalAmount)
            : throw new ArgumentException("Type must be SOGO, KYUYO or SHOYO.", nameof(Type));
}
