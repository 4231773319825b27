using Inkan.Grains.Audit;
using Inkan.Grains.Errors;
using Inkan.Grains.Events;
using Inkan.Grains.Policy;
using Inkan.Grains.Tests.Support;
using Inkan.Grains.Transactions;
using Inkan.Grains.Users;
using Inkan.Protocol.Tokens;

namespace Inkan.Grains.Tests.Tokens;

public sealed class SharedLockoutTests : SiloTest
{
    private const int Users = 20;
    private const int Attempts = 1_000;

    private TokenRecord _token = null!;

    private static string Login(int i) => i == 0 ? "master" : $"user{i:D2}";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _token = await Bank.ContractWithTokenAsync("C1");
        for (var i = 1; i < Users; i++)
        {
            await Bank.AddUserAsync("C1", Login(i), i % 2 == 0 ? Permissions.FundTransfer : Permissions.Approval | Permissions.Admin);
            await Bank.ActivateAsync("C1", Login(i), _token);
        }
    }

    [Fact]
    public async Task ConfirmAsync_1000ConcurrentWrongCodesFrom20Users_LocksAtExactlyTheLimitForAll()
    {
        var pending = await Task.WhenAll(Enumerable.Range(0, Users).Select(i => Bank.PendingTransferAsync("C1", Login(i))));

        var answers = await Task.WhenAll(Enumerable.Range(0, Attempts).Select(i => Task.Run(() =>
        {
            var tx = pending[i % Users];
            return Bank.ConfirmAsync(tx, Bank.WrongCode(_token, tx));
        })));

        var info = await Bank.Token(_token.Serial).GetInfoAsync();
        Assert.Equal((5, true), (info.Failures, info.Locked));
        var outcomes = answers.GroupBy(a => a.Outcome).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(3, outcomes[ConfirmOutcome.WrongCode]);
        Assert.Equal(1, outcomes[ConfirmOutcome.LastAttempt]);
        Assert.Equal(Attempts - 4, outcomes[ConfirmOutcome.TokenLocked]);
        for (var i = 0; i < Users; i++)
        {
            Assert.Equal(ConfirmationDecision.Blocked(BlockReason.TokenLocked), await Bank.User("C1", Login(i)).DecideConfirmationAsync());
            var refused = await Bank.CreateAsync("C1", Login(i), Bank.Transfer());
            Assert.Equal((CreateOutcome.Blocked, BlockReason.TokenLocked), (refused.Outcome, refused.Block));
        }

        var lockEvent = Assert.Single(Silo.Events.Of<TokenLockEvent>());
        Assert.True(lockEvent.Locked);
        Assert.Equal(Enumerable.Range(0, Users).Select(Login).Order(), lockEvent.LoginIds.Order());
        Assert.Single(Silo.Events.Of<LastAttemptEvent>());
        var chain = await Silo.Audit.ReadAllAsync(AuditChains.ForToken(_token.Serial), CancellationToken.None);
        var entries = chain.GroupBy(e => e.Record.EventType).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal((5, 1, Attempts - 5), (entries[AuditEventType.ConfirmationFailed], entries[AuditEventType.TokenLocked], entries[AuditEventType.ConfirmationRefused]));
        Assert.True((await Silo.Audit.VerifyAsync(AuditChains.ForToken(_token.Serial), CancellationToken.None)).IsIntact);
    }

    [Fact]
    public async Task ConfirmAsync_LockedToken_RightAndWrongCodesGetTheSameAnswer()
    {
        var tx = await Bank.PendingTransferAsync("C1", "user03");
        for (var i = 0; i < 5; i++)
        {
            await Bank.ConfirmAsync(tx, Bank.WrongCode(_token, tx));
        }

        var right = await Bank.ConfirmAsync(tx, Bank.RightCode(_token, tx));
        var wrong = await Bank.ConfirmAsync(tx, Bank.WrongCode(_token, tx));

        Assert.Equal(right with { Transaction = wrong.Transaction }, wrong);
        Assert.Equal(ConfirmOutcome.TokenLocked, right.Outcome);
        Assert.Equal(TransactionStatus.Pending, right.Transaction.Status);
        Assert.Equal(5, (await Bank.Token(_token.Serial).GetInfoAsync()).Failures);
    }

    [Fact]
    public async Task UnlockAsync_AfterLock_RightCodeWorksAndResetsCount()
    {
        var pending = await Task.WhenAll(Enumerable.Range(0, Users).Select(i => Bank.PendingTransferAsync("C1", Login(i))));
        await Task.WhenAll(Enumerable.Range(0, 100).Select(i => Bank.ConfirmAsync(pending[i % Users], Bank.WrongCode(_token, pending[i % Users]))));

        await Bank.Token(_token.Serial).UnlockAsync("REQ-2030-0042", "bo-operator-7");
        var second = pending[7];
        var wrongAfterUnlock = await Bank.ConfirmAsync(second, Bank.WrongCode(_token, second));
        var result = await Bank.ConfirmAsync(second, Bank.RightCode(_token, second));

        Assert.Equal((ConfirmOutcome.WrongCode, 4), (wrongAfterUnlock.Outcome, wrongAfterUnlock.RemainingAttempts));
        Assert.Equal(ConfirmOutcome.Authorized, result.Outcome);
        var info = await Bank.Token(_token.Serial).GetInfoAsync();
        Assert.Equal((0, false), (info.Failures, info.Locked));
        Assert.Equal(ConfirmationDecision.Token, await Bank.User("C1", Login(12)).DecideConfirmationAsync());
        Assert.Contains(Silo.Events.Of<TokenLockEvent>(), e => !e.Locked && e.Serial == _token.Serial);
        var audit = await Silo.Audit.ReadAllAsync(AuditChains.ForToken(_token.Serial), CancellationToken.None);
        Assert.Contains(audit, e => e.Record.EventType == AuditEventType.TokenUnlocked && e.Record.Details == "reference=REQ-2030-0042" && e.Record.UserId == "bo-operator-7");
    }

    [Fact]
    public async Task ConfirmAsync_RightCodeAfterFourWrong_ResetsSharedCount()
    {
        var a = await Bank.PendingTransferAsync("C1", "user01");
        var b = await Bank.PendingTransferAsync("C1", "user02");
        for (var i = 0; i < 3; i++)
        {
            await Bank.ConfirmAsync(a, Bank.WrongCode(_token, a));
        }

        var warning = await Bank.ConfirmAsync(b, Bank.WrongCode(_token, b));
        var right = await Bank.ConfirmAsync(a, Bank.RightCode(_token, a));
        var wrongAgain = await Bank.ConfirmAsync(b, Bank.WrongCode(_token, b));

        Assert.Equal((ConfirmOutcome.LastAttempt, 1), (warning.Outcome, warning.RemainingAttempts));
        Assert.Equal(ConfirmOutcome.Authorized, right.Outcome);
        Assert.Equal((ConfirmOutcome.WrongCode, 4), (wrongAgain.Outcome, wrongAgain.RemainingAttempts));
        var lastAttempt = Assert.Single(Silo.Events.Of<LastAttemptEvent>());
        Assert.Equal((b.TransactionId, "user02"), (lastAttempt.TransactionId, lastAttempt.TypedBy));
    }

    [Fact]
    public async Task UnlockAsync_NotLocked_Conflict()
    {
        var e = await Assert.ThrowsAsync<DomainException>(() => Bank.Token(_token.Serial).UnlockAsync("REQ-1", "bo"));

        Assert.Equal(DomainError.Conflict, e.Error);
    }
}
