using Inkan.Protocol.Txa;

namespace Inkan.Protocol.Tests.Txa;

public sealed class FeePaymentDataTests
{
    [Fact]
    public void Equals_SameItemsInOtherLists_IsEqualWithSameHash()
    {
        var array = new FeePaymentData(TxaSamples.FeeOfThree.Items.ToArray());
        var list = new FeePaymentData(TxaSamples.FeeOfThree.Items.ToList());

        Assert.Equal(array, list);
        Assert.Equal(array.GetHashCode(), list.GetHashCode());
    }

    [Fact]
    public void Equals_ItemsInOtherOrder_IsNotEqual()
    {
        var reversed = new FeePaymentData(TxaSamples.FeeOfThree.Items.Reverse().ToArray());

        Assert.NotEqual(TxaSamples.FeeOfThree, reversed);
    }

    [Fact]
    public void Equals_OneItemDiffers_IsNotEqual()
    {
        var changed = new FeePaymentData([TxaSamples.FeeItem with { Amount = 50_001 }]);

        Assert.NotEqual(TxaSamples.Fee, changed);
        Assert.False(TxaSamples.Fee.Equals(null));
    }
}
