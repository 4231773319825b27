using Inkan.Grains.Fees;

namespace Inkan.Grains.Tests.Fees;

public class FeeScheduleTests
{
    private static readonly DateTimeOffset At = new(2030, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly FeeSchedule _schedule = new(new FeeOptions());

    private FeeEntry Issue(List<FeeEntry> ledger, string serial, IssueReason reason = IssueReason.New, string? replaced = null)
    {
        var entry = _schedule.Price(ledger, At, serial, reason, replaced);
        ledger.Add(entry);
        return entry;
    }

    [Fact]
    public void Price_FirstToken_IsFree()
    {
        var entry = Issue([], "0000000001");

        Assert.Equal(FeeKind.FirstToken, entry.Kind);
        Assert.Equal(0, entry.Amount);
    }

    [Fact]
    public void Price_SecondAndThirdToken_CostAdditionalFee()
    {
        var ledger = new List<FeeEntry>();
        Issue(ledger, "0000000001");

        var second = Issue(ledger, "0000000002");
        var third = Issue(ledger, "0000000003");

        Assert.Equal((FeeKind.AdditionalToken, 2_200L), (second.Kind, second.Amount));
        Assert.Equal((FeeKind.AdditionalToken, 2_200L), (third.Kind, third.Amount));
    }

    [Theory]
    [InlineData(IssueReason.ReissueLoss)]
    [InlineData(IssueReason.ReissueDamage)]
    [InlineData(IssueReason.ReissueTheft)]
    public void Price_ReissueAfterLossDamageTheft_CostsReissueFee(IssueReason reason)
    {
        var ledger = new List<FeeEntry>();
        Issue(ledger, "0000000001");

        var entry = Issue(ledger, "0000000002", reason, "0000000001");

        Assert.Equal((FeeKind.Reissue, 2_200L, "0000000001"), (entry.Kind, entry.Amount, entry.ReplacedSerial));
    }

    [Fact]
    public void Price_ReissueAfterNaturalFailure_IsFree()
    {
        var ledger = new List<FeeEntry>();
        Issue(ledger, "0000000001");

        var entry = Issue(ledger, "0000000002", IssueReason.ReissueNaturalFailure, "0000000001");

        Assert.Equal((FeeKind.NaturalFailureReissue, 0L), (entry.Kind, entry.Amount));
    }

    [Fact]
    public void Price_NewTokenAfterFreeReissue_IsStillAdditional()
    {
        var ledger = new List<FeeEntry>();
        Issue(ledger, "0000000001");
        Issue(ledger, "0000000002", IssueReason.ReissueNaturalFailure, "0000000001");

        var entry = Issue(ledger, "0000000003");

        Assert.Equal(FeeKind.AdditionalToken, entry.Kind);
    }

    [Fact]
    public void Price_ConfiguredAmounts_AreUsed()
    {
        var schedule = new FeeSchedule(new FeeOptions { AdditionalTokenFee = 3_300, ReissueFee = 1_100, NaturalFailureReissueFee = 550 });
        var first = schedule.Price([], At, "0000000001", IssueReason.New, null);
        List<FeeEntry> ledger = [first];

        Assert.Equal(0, first.Amount);
        Assert.Equal(3_300, schedule.Price(ledger, At, "0000000002", IssueReason.New, null).Amount);
        Assert.Equal(1_100, schedule.Price(ledger, At, "0000000002", IssueReason.ReissueTheft, "0000000001").Amount);
        Assert.Equal(550, schedule.Price(ledger, At, "0000000002", IssueReason.ReissueNaturalFailure, "0000000001").Amount);
    }

    [Theory]
    [InlineData(IssueReason.ReissueLoss, null)]
    [InlineData(IssueReason.New, "0000000001")]
    public void Price_ReplacedSerialMismatch_ThrowsNamingField(IssueReason reason, string? replaced)
    {
        var e = Assert.Throws<ArgumentException>(() => _schedule.Price([], At, "0000000002", reason, replaced));

        Assert.Equal("replacedSerial", e.ParamName);
    }

    [Fact]
    public void Price_UnknownReason_Throws()
        => Assert.Throws<ArgumentOutOfRangeException>(() => _schedule.Price([], At, "0000000002", (IssueReason)99, null));

    [Fact]
    public void Constructor_NegativeFee_ThrowsNamingField()
    {
        var e = Assert.Throws<ArgumentException>(() => new FeeSchedule(new FeeOptions { ReissueFee = -1 }));

        Assert.Equal(nameof(FeeOptions.ReissueFee), e.ParamName);
    }
}
