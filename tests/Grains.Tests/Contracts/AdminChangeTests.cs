using Inkan.Grains.Contracts;
using Inkan.Grains.Errors;
using Inkan.Grains.Policy;
using Inkan.Grains.Tests.Support;
using Inkan.Grains.Tokens;
using Inkan.Grains.Transactions;
using Inkan.Grains.Users;
using Inkan.Protocol.Txa;
using Inkan.Silo.Storage;
using Inkan.Silo.Tests.Hosting;

namespace Inkan.Grains.Tests.Contracts;

public sealed class AdminChangeTests : TokenHolderTest
{
    private GatedStorage _storage = null!;

    protected override IGrainStorage WrapStorage(IGrainStorage storage) => _storage = new GatedStorage(storage);

    private async Task<ConfirmResult> ConfirmAdminAsync(AdminOperation operation, string target, AdminDetails? details = null)
    {
        var created = await Bank.CreateAsync("C1", "master", new AdminData(operation, target), details);
        var tx = created.Transaction ?? throw new InvalidOperationException(created.Outcome.ToString());
        Assert.Equal(["TXA1", "ADM"], tx.Payload.Split('|')[..2]);
        Assert.Equal([operation.ToString(), target], tx.Payload.Split('|')[3..]);
        return await Bank.ConfirmAsync(tx, Bank.RightCode(Token, tx));
    }

    [Fact]
    public async Task UserAdd_Confirmed_CreatesUserWithSecrets()
    {
        var result = await ConfirmAdminAsync(AdminOperation.USER_ADD, "new.user", new AdminDetails(Permissions.Approval, "first-pass-9", "7777"));

        Assert.Equal(ConfirmOutcome.Authorized, result.Outcome);
        var user = Bank.User("C1", "new.user");
        Assert.Equal(Permissions.Approval, (await user.GetAuthContextAsync()).Facts.Permissions);
        Assert.True(await user.VerifyPasswordAsync("first-pass-9"));
        Assert.True(await user.VerifyPinAsync("7777"));
        Assert.False(await user.VerifyPinAsync("7778"));
        Assert.Contains("new.user", (await Bank.Contract("C1").GetInfoAsync()).Users);
    }

    [Fact]
    public async Task UserAdd_NotYetConfirmed_ChangesNothing()
    {
        await Bank.CreateAsync("C1", "master", new AdminData(AdminOperation.USER_ADD, "new.user"), new AdminDetails(Permissions.Approval, "first-pass-9", "7777"));

        Assert.DoesNotContain("new.user", (await Bank.Contract("C1").GetInfoAsync()).Users);
        var e = await Assert.ThrowsAsync<DomainException>(() => Bank.User("C1", "new.user").GetAuthContextAsync());
        Assert.Equal(DomainError.NotFound, e.Error);
    }

    [Fact]
    public async Task UserChange_RemovingFundTransfer_NoLongerAllowsTransfers()
    {
        await Bank.AddUserAsync("C1", "payer", Permissions.FundTransfer);
        await Bank.ActivateAsync("C1", "payer", Token);

        await ConfirmAdminAsync(AdminOperation.USER_CHANGE, "payer", new AdminDetails(Permissions.Inquiry));

        Assert.Equal(CreateOutcome.PermissionDenied, (await Bank.CreateAsync("C1", "payer", Bank.Transfer())).Outcome);
    }

    [Fact]
    public async Task UserChange_UserWriteNotYetDurable_ContractKeepsAnswering()
    {
        await Bank.AddUserAsync("C1", "payer", Permissions.FundTransfer);
        var created = await Bank.CreateAsync("C1", "master", new AdminData(AdminOperation.USER_CHANGE, "payer"), new AdminDetails(Permissions.Inquiry));
        var tx = created.Transaction!;
        _storage.Holds = write => write.StateType == "user.user";
        _storage.Close();

        var confirming = Bank.ConfirmAsync(tx, Bank.RightCode(Token, tx));
        await Poll.UntilAsync(() => _storage.Held == 1);

        // Every creation of the company calls the contract: it must not wait for the user's write.
        var info = await Bank.Contract("C1").GetInfoAsync().WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Contains("payer", info.Users);
        Assert.False(confirming.IsCompleted);
        _storage.Release();
        Assert.Equal(ConfirmOutcome.Authorized, (await confirming).Outcome);
        Assert.Equal(CreateOutcome.PermissionDenied, (await Bank.CreateAsync("C1", "payer", Bank.Transfer())).Outcome);
    }

    [Fact]
    public async Task UserAdd_ContractWriteConflicts_RetryCompletesTheAddInsteadOfOrphaningTheUser()
    {
        var tx = (await Bank.CreateAsync("C1", "master", new AdminData(AdminOperation.USER_ADD, "new.user"), new AdminDetails(Permissions.Approval, "first-pass-9", "7777"))).Transaction!;
        var code = Bank.RightCode(Token, tx);
        _storage.FailNext(new Silo.InconsistentStateException("moved on at another node"), write => write.StateType == "contract.contract");

        await Assert.ThrowsAsync<Silo.InconsistentStateException>(() => Bank.ConfirmAsync(tx, code));
        var retry = await Bank.ConfirmAsync(tx, code);

        Assert.Equal((ConfirmOutcome.Authorized, TransactionStatus.Authorized), (retry.Outcome, retry.Transaction.Status));
        Assert.Contains("new.user", (await Bank.Contract("C1").GetInfoAsync()).Users);
        Assert.True(await Bank.User("C1", "new.user").VerifyPasswordAsync("first-pass-9"));
    }

    [Fact]
    public async Task UserDelete_ContractWriteConflicts_RetryCompletesTheDelete()
    {
        await Bank.AddUserAsync("C1", "leaver", Permissions.Inquiry);
        var tx = (await Bank.CreateAsync("C1", "master", new AdminData(AdminOperation.USER_DELETE, "leaver"))).Transaction!;
        var code = Bank.RightCode(Token, tx);
        _storage.FailNext(new Silo.InconsistentStateException("moved on at another node"), write => write.StateType == "contract.contract");

        await Assert.ThrowsAsync<Silo.InconsistentStateException>(() => Bank.ConfirmAsync(tx, code));
        var retry = await Bank.ConfirmAsync(tx, code);

        Assert.Equal(ConfirmOutcome.Authorized, retry.Outcome);
        Assert.DoesNotContain("leaver", (await Bank.Contract("C1").GetInfoAsync()).Users);
    }

    [Fact]
    public async Task UserDelete_Confirmed_RemovesUserAndTokenRegistration()
    {
        await Bank.AddUserAsync("C1", "leaver", Permissions.FundTransfer);
        await Bank.ActivateAsync("C1", "leaver", Token);

        await ConfirmAdminAsync(AdminOperation.USER_DELETE, "leaver");

        Assert.DoesNotContain("leaver", (await Bank.Token(Token.Serial).GetInfoAsync()).Users);
        Assert.DoesNotContain("leaver", (await Bank.Contract("C1").GetInfoAsync()).Users);
        await Assert.ThrowsAsync<DomainException>(() => Bank.User("C1", "leaver").GetAuthContextAsync());
    }

    [Fact]
    public async Task UserDelete_Confirmed_LoginIdNeverGivenAgain()
    {
        await Bank.AddUserAsync("C1", "leaver", Permissions.FundTransfer);
        await ConfirmAdminAsync(AdminOperation.USER_DELETE, "leaver");

        var byBackOffice = await Assert.ThrowsAsync<DomainException>(() => Bank.AddUserAsync("C1", "leaver", Permissions.Inquiry));
        var byAdminChange = await Assert.ThrowsAsync<DomainException>(
            () => Bank.CreateAsync("C1", "master", new AdminData(AdminOperation.USER_ADD, "leaver"), new AdminDetails(Permissions.Inquiry, "new-pass-1", "1234")));

        Assert.Equal((DomainError.Conflict, DomainError.Conflict), (byBackOffice.Error, byAdminChange.Error));
        Assert.DoesNotContain("leaver", (await Bank.Contract("C1").GetInfoAsync()).Users);
    }

    [Fact]
    public async Task TokenRevoke_Confirmed_BlocksEveryUserOfTheToken()
    {
        await Bank.AddUserAsync("C1", "payer", Permissions.FundTransfer);
        await Bank.ActivateAsync("C1", "payer", Token);

        await ConfirmAdminAsync(AdminOperation.TOKEN_REVOKE, "payer");

        Assert.Equal(TokenStatus.Revoked, (await Bank.Token(Token.Serial).GetInfoAsync()).Status);
        foreach (var login in new[] { "payer", "master" })
        {
            var refused = await Bank.CreateAsync("C1", login, Bank.Transfer());
            Assert.Equal((CreateOutcome.Blocked, BlockReason.TokenRegistrationRequired), (refused.Outcome, refused.Block));
            Assert.Equal(LogonDecision.RegisterTokenRequired, await Bank.User("C1", login).DecideLogonAsync(false));
        }
    }

    [Fact]
    public async Task RevokeAsync_BackOffice_PendingTransactionRejected()
    {
        var tx = await Bank.PendingTransferAsync("C1", "master");

        await Bank.Token(Token.Serial).RevokeAsync("reported stolen", "bo-operator-1");
        var result = await Bank.ConfirmAsync(tx, Bank.RightCode(Token, tx));

        Assert.Equal((ConfirmOutcome.TokenUnusable, TransactionStatus.Rejected), (result.Outcome, result.Transaction.Status));
    }

    [Theory]
    [InlineData(AdminOperation.USER_DELETE, "master", DomainError.Forbidden)]
    [InlineData(AdminOperation.USER_CHANGE, "nobody", DomainError.NotFound)]
    [InlineData(AdminOperation.USER_ADD, "master", DomainError.Conflict)]
    public async Task CreateAsync_ChangeThatCannotApply_RefusedBeforeChallenge(AdminOperation operation, string target, DomainError error)
    {
        var e = await Assert.ThrowsAsync<DomainException>(() => Bank.CreateAsync("C1", "master", new AdminData(operation, target), new AdminDetails(Permissions.Inquiry, "p-123456", "1111")));

        Assert.Equal(error, e.Error);
    }

    [Fact]
    public async Task ConfirmAsync_TargetGoneBeforeConfirmation_Rejected()
    {
        await Bank.AddUserAsync("C1", "temp", Permissions.Inquiry);
        var first = (await Bank.CreateAsync("C1", "master", new AdminData(AdminOperation.USER_DELETE, "temp"))).Transaction!;
        var second = (await Bank.CreateAsync("C1", "master", new AdminData(AdminOperation.USER_DELETE, "temp"))).Transaction!;
        await Bank.ConfirmAsync(first, Bank.RightCode(Token, first));

        var result = await Bank.ConfirmAsync(second, Bank.RightCode(Token, second));

        Assert.Equal((ConfirmOutcome.Rejected, TransactionStatus.Rejected), (result.Outcome, result.Transaction.Status));
        Assert.Contains("temp", result.Transaction.Detail, StringComparison.Ordinal);
    }
}
