namespace Inkan.Protocol.Txa;

/// <summary>FEE: a tax and fee payment of 1 to 9 items; two values are equal when their items are equal in order.</summary>
public sealed record FeePaymentData(IReadOnlyList<FeeItem> Items) : TxaData
{
    /// <inheritdoc/>
    public override TxaKind Kind => TxaKind.FEE;

    /// <inheritdoc/>
    public bool Equals(FeePaymentData? other) =>
        other is not null && (ReferenceEquals(Items, other.Items)
            || (Items is not null && other.Items is not null && Items.SequenceEqual(other.Items)));

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in Items ?? [])
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }
}
