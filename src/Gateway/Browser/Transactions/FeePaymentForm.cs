using Inkan.Protocol.Txa;

namespace Inkan.Gateway.Browser.Transactions;

/// <summary>The tax and fee payment form: one to nine items paid together.</summary>
public sealed record FeePaymentForm(IReadOnlyList<FeeItemForm>? Items)
{
    /// <summary>The FEE data; the payload builder checks the item count and every field.</summary>
    public FeePaymentData ToData() => new([.. (Items ?? []).Select(i => (i ?? new FeeItemForm(null, null, null, 0)).ToItem())]);
}
