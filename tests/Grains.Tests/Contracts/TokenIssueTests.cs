using Inkan.Grains.Audit;
using Inkan.Grains.Contracts;
using Inkan.Grains.Errors;
using Inkan.Grains.Fees;
using Inkan.Grains.Tests.Support;
using Inkan.Grains.Tokens;

namespace Inkan.Grains.Tests.Contracts;

public sealed class TokenIssueTests : SiloTest
{
    private async Task<string> StockAsync() => (await Bank.ImportAsync(1))[0].Serial;

    [Fact]
    public async Task IssueTokenAsync_FirstThenAdditional_FreeThenFee()
    {
        await Bank.CreateContractAsync("C1");
        var first = await Bank.Contract("C1").IssueTokenAsync(new TokenIssue(await StockAsync()));
        var second = await Bank.Contract("C1").IssueTokenAsync(new TokenIssue(await StockAsync()));

        Assert.Equal((FeeKind.FirstToken, 0L), (first.Kind, first.Amount));
        Assert.Equal((FeeKind.AdditionalToken, 2_200L), (second.Kind, second.Amount));
        Assert.Equal([first, second], await Bank.Contract("C1").GetFeeLedgerAsync());
    }

    [Fact]
    public async Task IssueTokenAsync_EachContract_GetsItsOwnFreeToken()
    {
        await Bank.CreateContractAsync("C1");
        await Bank.CreateContractAsync("C2", "other");

        var a = await Bank.Contract("C1").IssueTokenAsync(new TokenIssue(await StockAsync()));
        var b = await Bank.Contract("C2").IssueTokenAsync(new TokenIssue(await StockAsync()));

        Assert.Equal((0L, 0L), (a.Amount, b.Amount));
    }

    [Theory]
    [InlineData(IssueReason.ReissueLoss, 2_200)]
    [InlineData(IssueReason.ReissueDamage, 2_200)]
    [InlineData(IssueReason.ReissueTheft, 2_200)]
    [InlineData(IssueReason.ReissueNaturalFailure, 0)]
    public async Task IssueTokenAsync_Reissue_ChargesByCauseAndRevokesReplacedToken(IssueReason reason, long fee)
    {
        var old = await Bank.ContractWithTokenAsync("C1");

        var entry = await Bank.Contract("C1").IssueTokenAsync(new TokenIssue(await StockAsync(), reason, old.Serial));

        Assert.Equal((fee, old.Serial), (entry.Amount, entry.ReplacedSerial));
        Assert.Equal(TokenStatus.Revoked, (await Bank.Token(old.Serial).GetInfoAsync()).Status);
        Assert.Null((await Bank.User("C1", "master").GetAuthContextAsync()).TokenSerial);
    }

    [Fact]
    public async Task IssueTokenAsync_ReplacingATokenReplacedAlready_ConflictAndNothingIssued()
    {
        var old = await Bank.ContractWithTokenAsync("C1");
        await Bank.Contract("C1").IssueTokenAsync(new TokenIssue(await StockAsync(), IssueReason.ReissueLoss, old.Serial));
        var second = await StockAsync();

        var e = await Assert.ThrowsAsync<DomainException>(() => Bank.Contract("C1").IssueTokenAsync(new TokenIssue(second, IssueReason.ReissueNaturalFailure, old.Serial)));

        Assert.Equal(DomainError.Conflict, e.Error);
        Assert.Equal(2, (await Bank.Contract("C1").GetFeeLedgerAsync()).Count);
        Assert.Null((await Bank.Token(second).GetInfoAsync()).ContractId);
    }

    [Fact]
    public async Task IssueTokenAsync_TokenOfOtherContract_Conflict()
    {
        await Bank.CreateContractAsync("C1");
        await Bank.CreateContractAsync("C2", "other");
        var serial = await StockAsync();
        await Bank.Contract("C1").IssueTokenAsync(new TokenIssue(serial));

        var e = await Assert.ThrowsAsync<DomainException>(() => Bank.Contract("C2").IssueTokenAsync(new TokenIssue(serial)));

        Assert.Equal(DomainError.Conflict, e.Error);
        Assert.Empty(await Bank.Contract("C2").GetFeeLedgerAsync());
        Assert.Equal("C1", (await Bank.Token(serial).GetInfoAsync()).ContractId);
    }

    [Fact]
    public async Task IssueTokenAsync_NotInInventory_NotFound()
    {
        await Bank.CreateContractAsync("C1");

        var e = await Assert.ThrowsAsync<DomainException>(() => Bank.Contract("C1").IssueTokenAsync(new TokenIssue("9999999999")));

        Assert.Equal(DomainError.NotFound, e.Error);
        Assert.Empty(await Bank.Contract("C1").GetFeeLedgerAsync());
    }

    [Fact]
    public async Task IssueTokenAsync_ReplacingOtherContractsToken_NotFound()
    {
        var foreign = await Bank.ContractWithTokenAsync("C1");
        await Bank.CreateContractAsync("C2", "other");
        var serial = await StockAsync();

        var e = await Assert.ThrowsAsync<DomainException>(() => Bank.Contract("C2").IssueTokenAsync(new TokenIssue(serial, IssueReason.ReissueLoss, foreign.Serial)));

        Assert.Equal(DomainError.NotFound, e.Error);
        Assert.Equal(TokenStatus.Active, (await Bank.Token(foreign.Serial).GetInfoAsync()).Status);
    }

    [Fact]
    public async Task IssueTokenAsync_Issued_AuditedWithFee()
    {
        await Bank.CreateContractAsync("C1");
        await Bank.IssuedTokenAsync("C1");
        var serial = await StockAsync();

        await Bank.Contract("C1").IssueTokenAsync(new TokenIssue(serial));

        var audit = await Silo.Audit.ReadAllAsync(AuditChains.ForContract("C1"), CancellationToken.None);
        Assert.Contains(audit, e => e.Record.EventType == AuditEventType.TokenIssued && e.Record.TokenSerial == serial && e.Record.Details == "reason=New fee=AdditionalToken:2200");
    }

    [Fact]
    public async Task IssueTokenAsync_MalformedSerial_ArgumentError()
    {
        await Bank.CreateContractAsync("C1");

        await Assert.ThrowsAsync<ArgumentException>(() => Bank.Contract("C1").IssueTokenAsync(new TokenIssue("12345")));
    }
}
