using Inkan.Protocol.Txa;

namespace Inkan.Gateway.Browser.Transactions;

/// <summary>One item of the tax and fee payment form.</summary>
public sealed record FeeItemForm(string? AgencyNumber, string? AgencyNameKana, string? CustomerNumber, long Amount)
{
    /// <summary>The FEE item.</summary>
    public FeeItem ToItem() => new(AgencyNumber ?? "", AgencyNameKana ?? "", CustomerNumber ?? "", Amount);
}
