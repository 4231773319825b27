using System.Net;
using Inkan.Gateway.Tests.Api.Support;
using Inkan.Grains.Tokens;
using Inkan.Grains.Transactions;

namespace Inkan.Gateway.Tests.Api.Transactions;

public sealed class ConfirmationTests(BankApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task Confirm_RightCode_AuthorizesOnce()
    {
        var contractId = NewContractId();
        var token = await Bank.ContractWithTokenAsync(contractId);
        var tx = await Bank.TransferAsync(contractId);

        var first = await Bank.ConfirmAsync(tx.TransactionId, ApiBank.RightCode(token, tx));
        var replay = await Bank.ConfirmAsync(tx.TransactionId, ApiBank.RightCode(token, tx));

        Assert.Equal((ConfirmOutcome.Authorized, TransactionStatus.Authorized), (first.Outcome, first.Transaction.Status));
        Assert.Equal(ConfirmOutcome.NotPending, replay.Outcome);
        Assert.Equal(TransactionStatus.Authorized, (await Bank.GetAsync(tx.TransactionId)).Status);
    }

    [Fact]
    public async Task Confirm_WrongCode_CountsAndSaysWhatIsLeft()
    {
        var contractId = NewContractId();
        var token = await Bank.ContractWithTokenAsync(contractId);
        var tx = await Bank.TransferAsync(contractId);

        var result = await Bank.ConfirmAsync(tx.TransactionId, ApiBank.WrongCode(token, tx));

        Assert.Equal((ConfirmOutcome.WrongCode, 4, 1), (result.Outcome, result.RemainingAttempts, result.Transaction.WrongCodes));
    }

    [Fact]
    public async Task Confirm_FiveWrongCodes_LockTheToken_UnlockWithReferenceResetsIt()
    {
        var contractId = NewContractId();
        var token = await Bank.ContractWithTokenAsync(contractId);
        var tx = await Bank.TransferAsync(contractId);
        var outcomes = new List<ConfirmOutcome>();
        for (var i = 0; i < 5; i++)
        {
            outcomes.Add((await Bank.ConfirmAsync(tx.TransactionId, ApiBank.WrongCode(token, tx))).Outcome);
        }

        var whileLocked = await Bank.ConfirmAsync(tx.TransactionId, ApiBank.RightCode(token, tx));
        var unlocked = await (await Client.PostJsonAsync($"{ApiBank.BackOffice}/tokens/{token.Serial}/unlock", new { reference = "FORM-2026-0042" })).ReadAsync<TokenInfo>();
        var afterUnlock = await Bank.ConfirmAsync(tx.TransactionId, ApiBank.RightCode(token, tx));

        Assert.Equal([ConfirmOutcome.WrongCode, ConfirmOutcome.WrongCode, ConfirmOutcome.WrongCode, ConfirmOutcome.LastAttempt, ConfirmOutcome.TokenLocked], outcomes);
        Assert.Equal(ConfirmOutcome.TokenLocked, whileLocked.Outcome);
        Assert.Equal((false, 0), (unlocked.Locked, unlocked.Failures));
        Assert.Equal(ConfirmOutcome.Authorized, afterUnlock.Outcome);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"code\":\"1234567\"}")]
    [InlineData("{\"code\":\"12345678a\"}")]
    [InlineData("{\"code\":\"abcdefgh\"}")]
    public async Task Confirm_CodeOfWrongShape_Is400WithoutTouchingTheToken(string body)
    {
        var contractId = NewContractId();
        var token = await Bank.ContractWithTokenAsync(contractId);
        var tx = await Bank.TransferAsync(contractId);
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");

        var problem = await (await Client.PostAsync($"{ApiBank.V1}/transactions/{tx.TransactionId}/confirmation", content)).ProblemAsync(HttpStatusCode.BadRequest);
        var info = await (await Client.GetAsync($"{ApiBank.BackOffice}/tokens/{token.Serial}")).ReadAsync<TokenInfo>();

        Assert.Equal(("invalid-field", "code"), (problem.Code, problem.Field));
        Assert.Equal(0, info.Failures);
    }

    [Fact]
    public async Task Confirm_AfterExpiry_IsExpiredWithoutCounting()
    {
        var contractId = NewContractId();
        var token = await Bank.ContractWithTokenAsync(contractId);
        var tx = await Bank.TransferAsync(contractId);
        Factory.Clock.Advance(TimeSpan.FromMinutes(5));

        var result = await Bank.ConfirmAsync(tx.TransactionId, ApiBank.WrongCode(token, tx));

        Assert.Equal((ConfirmOutcome.Expired, TransactionStatus.Expired), (result.Outcome, result.Transaction.Status));
    }

    [Fact]
    public async Task Cancel_Pending_IsCancelled_ThenConflict()
    {
        var contractId = NewContractId();
        await Bank.ContractWithTokenAsync(contractId);
        var tx = await Bank.TransferAsync(contractId);
        var url = $"{ApiBank.V1}/transactions/{tx.TransactionId}/cancel";

        var cancelled = await (await Client.PostAsync(url, null)).ReadAsync<TransactionView>();
        var again = await (await Client.PostAsync(url, null)).ProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal(TransactionStatus.Cancelled, cancelled.Status);
        Assert.Equal("conflict", again.Code);
    }

    [Fact]
    public async Task ActivationConfirmed_RegistersTheTokenForTheUser()
    {
        var contractId = NewContractId();
        var token = await Bank.ContractWithTokenAsync(contractId);
        await Bank.AddUserAsync(contractId, "clerk", "Inquiry", "FundTransfer");

        await Bank.ActivateAsync(contractId, "clerk", token);
        var info = await (await Client.GetAsync($"{ApiBank.BackOffice}/tokens/{token.Serial}")).ReadAsync<TokenInfo>();

        Assert.Equal(["master", "clerk"], info.Users);
        Assert.Equal(TokenStatus.Active, info.Status);
    }
}
