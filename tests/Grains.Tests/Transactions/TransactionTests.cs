using Inkan.Grains.Errors;
using Inkan.Grains.Events;
using Inkan.Grains.Tests.Support;
using Inkan.Grains.Transactions;
using Inkan.Grains.Users;
using Inkan.Protocol.Txa;

namespace Inkan.Grains.Tests.Transactions;

public sealed class TransactionTests : TokenHolderTest
{
    [Fact]
    public async Task CreateAsync_Transfer_PayloadFromServerCopyWithKanaCutToTen()
    {
        var result = await Bank.CreateAsync("C1", "master", Bank.Transfer(1_234_567));

        var tx = result.Transaction!;
        Assert.Equal((CreateOutcome.Created, TransactionStatus.Pending), (result.Outcome, tx.Status));
        var parts = tx.Payload.Split('|');
        Assert.Equal(["TXA1", "TRF"], parts[..2]);
        Assert.True(TxaNonce.IsValid(parts[2]));
        Assert.Equal(["ﾄﾏﾄ", "123-1-1234567", "ｶ)ﾔﾏﾀﾞｼｮｳｼ", "1234567"], parts[3..]);
        Assert.Equal(Silo.Clock.GetUtcNow() + TimeSpan.FromMinutes(5), tx.ExpiresAt);
    }

    [Fact]
    public async Task CreateAsync_TwoTransactions_GetDifferentNonces()
    {
        var first = await Bank.PendingTransferAsync("C1", "master");
        var second = await Bank.PendingTransferAsync("C1", "master");

        Assert.NotEqual(first.Payload.Split('|')[2], second.Payload.Split('|')[2]);
    }

    [Fact]
    public async Task ConfirmAsync_RightCode_AuthorizesAndPublishes()
    {
        var tx = await Bank.PendingTransferAsync("C1", "master");

        var result = await Bank.ConfirmAsync(tx, Bank.RightCode(Token, tx));

        Assert.Equal(ConfirmOutcome.Authorized, result.Outcome);
        Assert.Equal(TransactionStatus.Authorized, result.Transaction.Status);
        Assert.Contains(Silo.Events.Of<ChallengeIssuedEvent>(), e => e.TransactionId == tx.TransactionId && e.Payload == tx.Payload);
        Assert.Contains(new TransactionStatusEvent(tx.TransactionId, "C1", "master", TransactionStatus.Authorized), Silo.Events.Of<TransactionStatusEvent>());
    }

    [Fact]
    public async Task ConfirmAsync_ReplayAfterAuthorization_RefusedWithoutCounting()
    {
        var tx = await Bank.PendingTransferAsync("C1", "master");
        await Bank.ConfirmAsync(tx, Bank.RightCode(Token, tx));

        var replay = await Bank.ConfirmAsync(tx, Bank.RightCode(Token, tx));
        var wrongReplay = await Bank.ConfirmAsync(tx, Bank.WrongCode(Token, tx));

        Assert.Equal(ConfirmOutcome.NotPending, replay.Outcome);
        Assert.Equal(ConfirmOutcome.NotPending, wrongReplay.Outcome);
        Assert.Equal(TransactionStatus.Authorized, wrongReplay.Transaction.Status);
        Assert.Equal(0, (await Bank.Token(Token.Serial).GetInfoAsync()).Failures);
        Assert.Single(Silo.Events.Of<TransactionStatusEvent>(), e => e.TransactionId == tx.TransactionId);
    }

    [Fact]
    public async Task ConfirmAsync_AfterFiveMinutes_ExpiredWithoutCounting()
    {
        var tx = await Bank.PendingTransferAsync("C1", "master");

        Silo.Clock.Advance(TimeSpan.FromMinutes(5));
        var result = await Bank.ConfirmAsync(tx, Bank.WrongCode(Token, tx));

        Assert.Equal(ConfirmOutcome.Expired, result.Outcome);
        Assert.Equal(TransactionStatus.Expired, result.Transaction.Status);
        Assert.Equal(0, (await Bank.Token(Token.Serial).GetInfoAsync()).Failures);
    }

    [Fact]
    public async Task ConfirmAsync_JustBeforeExpiry_StillAuthorizes()
    {
        var tx = await Bank.PendingTransferAsync("C1", "master");

        Silo.Clock.Advance(TimeSpan.FromMinutes(5) - TimeSpan.FromSeconds(1));
        var result = await Bank.ConfirmAsync(tx, Bank.RightCode(Token, tx));

        Assert.Equal(ConfirmOutcome.Authorized, result.Outcome);
    }

    [Fact]
    public async Task ExpiryTimer_ChallengeRunsOut_PublishesExpiredWithoutAnyCall()
    {
        var tx = await Bank.PendingTransferAsync("C1", "master");
        var expired = new TransactionStatusEvent(tx.TransactionId, "C1", "master", TransactionStatus.Expired);

        Silo.Clock.Advance(TimeSpan.FromMinutes(6));

        await Poll.UntilAsync(() => Silo.Events.Of<TransactionStatusEvent>().Contains(expired));
        Assert.Equal(TransactionStatus.Expired, (await Bank.Transaction(tx.TransactionId).GetAsync("C1", "master")).Status);
    }

    [Fact]
    public async Task CancelAsync_Pending_CancelsAndLaterCodeIsNotChecked()
    {
        var tx = await Bank.PendingTransferAsync("C1", "master");

        var cancelled = await Bank.Transaction(tx.TransactionId).CancelAsync("C1", "master");
        var result = await Bank.ConfirmAsync(tx, Bank.RightCode(Token, tx));

        Assert.Equal(TransactionStatus.Cancelled, cancelled.Status);
        Assert.Equal(ConfirmOutcome.NotPending, result.Outcome);
    }

    [Fact]
    public async Task CancelAsync_Authorized_Conflict()
    {
        var tx = await Bank.PendingTransferAsync("C1", "master");
        await Bank.ConfirmAsync(tx, Bank.RightCode(Token, tx));

        var e = await Assert.ThrowsAsync<DomainException>(() => Bank.Transaction(tx.TransactionId).CancelAsync("C1", "master"));

        Assert.Equal(DomainError.Conflict, e.Error);
    }

    [Fact]
    public async Task ConfirmAsync_OtherUser_SeesNothing()
    {
        await Bank.AddUserAsync("C1", "clerk", Permissions.FundTransfer);
        await Bank.ActivateAsync("C1", "clerk", Token);
        var tx = await Bank.PendingTransferAsync("C1", "master");

        var confirm = await Assert.ThrowsAsync<DomainException>(() => Bank.Transaction(tx.TransactionId).ConfirmAsync(new ConfirmRequest("C1", "clerk", Bank.RightCode(Token, tx))));
        var get = await Assert.ThrowsAsync<DomainException>(() => Bank.Transaction(tx.TransactionId).GetAsync("C2", "master"));

        Assert.Equal((DomainError.NotFound, DomainError.NotFound), (confirm.Error, get.Error));
        Assert.Equal(TransactionStatus.Pending, (await Bank.Transaction(tx.TransactionId).GetAsync("C1", "master")).Status);
    }

    [Theory]
    [InlineData("1234567")]
    [InlineData("1234567a")]
    [InlineData("")]
    public async Task ConfirmAsync_MalformedCode_RejectedAsBadInputWithoutCounting(string code)
    {
        var tx = await Bank.PendingTransferAsync("C1", "master");

        await Assert.ThrowsAsync<ArgumentException>(() => Bank.ConfirmAsync(tx, code));

        Assert.Equal(0, (await Bank.Token(Token.Serial).GetInfoAsync()).Failures);
    }

    [Fact]
    public async Task CreateAsync_InvalidData_ThrowsFormatErrorNamingField()
    {
        var e = await Assert.ThrowsAsync<TxaFormatException>(() => Bank.CreateAsync("C1", "master", Bank.Transfer() with { Branch = "12" }));

        Assert.Equal("Branch", e.Field);
    }

    [Fact]
    public async Task CreateAsync_SameIdTwice_Conflict()
    {
        var id = TransactionIds.New(Silo.Clock);
        var request = new TransactionRequest("C1", "master", Bank.Transfer());
        await Bank.Transaction(id).CreateAsync(request);

        var e = await Assert.ThrowsAsync<DomainException>(() => Bank.Transaction(id).CreateAsync(request));

        Assert.Equal(DomainError.Conflict, e.Error);
    }

    [Fact]
    public async Task CreateAsync_UnknownUser_NotFound()
    {
        var e = await Assert.ThrowsAsync<DomainException>(() => Bank.CreateAsync("C1", "nobody", Bank.Transfer()));

        Assert.Equal(DomainError.NotFound, e.Error);
    }
}
