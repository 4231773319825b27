using Inkan.Grains.Audit;
using Inkan.Grains.Tests.Support;
using Inkan.Grains.Transactions;
using Inkan.Grains.Users;

namespace Inkan.Grains.Tests.Transactions;

/// <summary>A permission withdrawn, or the user deleted, between a transaction's creation and its confirmation (SPEC section 4).</summary>
public sealed class WithdrawnPermissionTests : TokenHolderTest
{
    private const string Payer = "payer";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Bank.AddUserAsync("C1", Payer, Permissions.Inquiry | Permissions.FundTransfer);
        await Bank.ActivateAsync("C1", Payer, Token);
    }

    [Fact]
    public async Task ConfirmAsync_FundTransferWithdrawnAfterCreation_RejectedWithoutCheckingTheCode()
    {
        var tx = await Bank.PendingTransferAsync("C1", Payer);
        await Bank.Contract("C1").ChangeUserPermissionsAsync(Payer, Permissions.Inquiry);

        var result = await Bank.ConfirmAsync(tx, Bank.RightCode(Token, tx));
        var retry = await Bank.ConfirmAsync(tx, Bank.RightCode(Token, tx));

        Assert.Equal((ConfirmOutcome.PermissionWithdrawn, TransactionStatus.Rejected), (result.Outcome, result.Transaction.Status));
        Assert.Equal(ConfirmOutcome.NotPending, retry.Outcome);
        var audit = await Silo.Audit.ReadAllAsync(AuditChains.ForContract("C1"), CancellationToken.None);
        Assert.Contains(audit, e => e.Record is { EventType: AuditEventType.ConfirmationRefused, Details: "permission withdrawn" } && e.Record.TransactionId == tx.TransactionId);
        Assert.DoesNotContain(await Silo.Audit.ReadAllAsync(AuditChains.ForToken(Token.Serial), CancellationToken.None), e => e.Record.TransactionId == tx.TransactionId);
    }

    [Fact]
    public async Task ConfirmAsync_WrongCodeAfterPermissionWithdrawn_NotCountedAgainstTheSharedToken()
    {
        var tx = await Bank.PendingTransferAsync("C1", Payer);
        await Bank.Contract("C1").ChangeUserPermissionsAsync(Payer, Permissions.Inquiry);

        var result = await Bank.ConfirmAsync(tx, Bank.WrongCode(Token, tx));

        Assert.Equal(ConfirmOutcome.PermissionWithdrawn, result.Outcome);
        Assert.Equal(0, (await Bank.Token(Token.Serial).GetInfoAsync()).Failures);
    }

    [Fact]
    public async Task ConfirmAsync_UserDeletedAfterCreation_Rejected()
    {
        var tx = await Bank.PendingTransferAsync("C1", Payer);
        await Bank.User("C1", Payer).DeleteAsync();

        var result = await Bank.ConfirmAsync(tx, Bank.RightCode(Token, tx));

        Assert.Equal((ConfirmOutcome.PermissionWithdrawn, TransactionStatus.Rejected), (result.Outcome, result.Transaction.Status));
    }

    [Fact]
    public async Task ConfirmAsync_PermissionStillHeld_Authorized()
    {
        var tx = await Bank.PendingTransferAsync("C1", Payer);
        await Bank.Contract("C1").ChangeUserPermissionsAsync(Payer, Permissions.Approval);

        var result = await Bank.ConfirmAsync(tx, Bank.RightCode(Token, tx));

        Assert.Equal(ConfirmOutcome.Authorized, result.Outcome);
    }
}
