using System.Globalization;
using Inkan.Grains.Transactions;
using Inkan.TestSupport;

namespace Inkan.Grains.Tests.Transactions;

public sealed class TransactionIdsTests
{
    [Fact]
    public void New_Always_HasTheShapeOfAnId()
    {
        var id = TransactionIds.New(new ManualTimeProvider());

        Assert.True(TransactionIds.IsValid(id), id);
    }

    [Fact]
    public void New_Prefix_IsTheUnixMillisecondInHex()
    {
        var clock = new ManualTimeProvider();

        var id = TransactionIds.New(clock);

        Assert.Equal(clock.GetUtcNow().ToUnixTimeMilliseconds(), long.Parse(id[..12], NumberStyles.HexNumber, CultureInfo.InvariantCulture));
    }

    [Fact]
    public void New_LaterMillisecond_SortsAfterEveryEarlierId()
    {
        var clock = new ManualTimeProvider();
        var earlier = Enumerable.Range(0, 100).Select(_ => TransactionIds.New(clock)).ToList();
        clock.Advance(TimeSpan.FromMilliseconds(1));

        var later = TransactionIds.New(clock);

        Assert.All(earlier, id => Assert.True(string.CompareOrdinal(id, later) < 0, $"{id} !< {later}"));
    }

    [Fact]
    public void New_SameMillisecond_DiffersInItsRandomBits()
    {
        var clock = new ManualTimeProvider();

        var ids = Enumerable.Range(0, 1_000).Select(_ => TransactionIds.New(clock)).ToList();

        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Single(ids.Select(id => id[..12]).Distinct());
        // 80 random bits: every one of the 20 random hex digits takes many values across 1,000 IDs.
        Assert.All(Enumerable.Range(12, 20), position => Assert.True(ids.Select(id => id[position]).Distinct().Count() >= 12, $"position {position}"));
    }
}
