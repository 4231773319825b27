using Inkan.Gateway.Api.Problems;
using Inkan.Protocol.Txa;

namespace Inkan.Gateway.Browser.Transactions;

/// <summary>The approval of a bulk, salary or bonus transfer: type (<c>SOGO</c>, <c>KYUYO</c>, <c>SHOYO</c>), designated date and totals.</summary>
public sealed record BulkApprovalForm(string? Type, DateOnly DesignatedDate, long TotalCount, long TotalAmount)
{
    /// <summary>The BLK data; a type that is not exactly one of the three names is refused, naming <c>type</c>.</summary>
    public BulkApprovalData ToData() => new(Require.Name<BulkTransferType>(Type, "type"), DesignatedDate, TotalCount, TotalAmount);
}
