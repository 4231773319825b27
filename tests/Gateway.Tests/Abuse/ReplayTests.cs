using Inkan.Gateway.Tests.Api.Support;
using Inkan.Grains.Transactions;

namespace Inkan.Gateway.Tests.Abuse;

/// <summary>A code that was used once is worth nothing afterwards: not on its own transaction, not on an identical new one.</summary>
public sealed class ReplayTests(BankApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task Confirm_UsedCodeAgain_IsNotPendingAndAuthorizesNothingMore()
    {
        var contractId = NewContractId();
        var token = await Bank.ContractWithTokenAsync(contractId);
        var tx = await Bank.TransferAsync(contractId);
        var code = ApiBank.RightCode(token, tx);
        Assert.Equal(ConfirmOutcome.Authorized, (await Bank.ConfirmAsync(tx.TransactionId, code)).Outcome);

        var replays = new List<ConfirmOutcome>();
        for (var i = 0; i < 3; i++)
        {
            replays.Add((await Bank.ConfirmAsync(tx.TransactionId, code)).Outcome);
        }

        Assert.All(replays, outcome => Assert.Equal(ConfirmOutcome.NotPending, outcome));
        var after = await Bank.GetAsync(tx.TransactionId);
        Assert.Equal((TransactionStatus.Authorized, 0), (after.Status, after.WrongCodes));
    }

    [Fact]
    public async Task Confirm_UsedCodeOnIdenticalNewTransaction_IsWrongCode()
    {
        var contractId = NewContractId();
        var token = await Bank.ContractWithTokenAsync(contractId);
        var first = await Bank.TransferAsync(contractId);
        var usedCode = ApiBank.RightCode(token, first);
        Assert.Equal(ConfirmOutcome.Authorized, (await Bank.ConfirmAsync(first.TransactionId, usedCode)).Outcome);
        var second = await Bank.TransferAsync(contractId); // same data, new challenge (nonce)

        var replay = await Bank.ConfirmAsync(second.TransactionId, usedCode);

        Assert.NotEqual(first.Payload, second.Payload);
        Assert.Equal(ConfirmOutcome.WrongCode, replay.Outcome);
        Assert.Equal(TransactionStatus.Pending, (await Bank.GetAsync(second.TransactionId)).Status);
    }
}
