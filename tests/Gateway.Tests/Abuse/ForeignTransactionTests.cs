using Inkan.Gateway.Tests.Api.Support;
using Inkan.Grains.Transactions;

namespace Inkan.Gateway.Tests.Abuse;

/// <summary>Another user's transaction cannot be confirmed with one's own token, in the same contract or another one.</summary>
public sealed class ForeignTransactionTests(BankApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task Confirm_WithColleaguesToken_IsWrongCodeOnTheOwnersToken()
    {
        var contractId = NewContractId();
        var ownerToken = await Bank.ContractWithTokenAsync(contractId);
        await Bank.AddUserAsync(contractId, "colleague", "FundTransfer");
        var colleagueToken = await Bank.IssuedTokenAsync(contractId);
        await Bank.ActivateAsync(contractId, "colleague", colleagueToken);
        var tx = await Bank.TransferAsync(contractId);

        var result = await Bank.ConfirmAsync(tx.TransactionId, ApiBank.RightCode(colleagueToken, tx));

        Assert.Equal(ConfirmOutcome.WrongCode, result.Outcome);
        Assert.Equal((TransactionStatus.Pending, "master", ownerToken.Serial), (result.Transaction.Status, result.Transaction.LoginId, result.Transaction.TokenSerial));
    }

    [Fact]
    public async Task Confirm_WithOtherContractsToken_IsWrongCode()
    {
        var victim = NewContractId();
        var attacker = NewContractId();
        await Bank.ContractWithTokenAsync(victim);
        var attackerToken = await Bank.ContractWithTokenAsync(attacker);
        var tx = await Bank.TransferAsync(victim);

        var result = await Bank.ConfirmAsync(tx.TransactionId, ApiBank.RightCode(attackerToken, tx));

        Assert.Equal(ConfirmOutcome.WrongCode, result.Outcome);
        Assert.Equal(TransactionStatus.Pending, (await Bank.GetAsync(tx.TransactionId)).Status);
    }
}
