using System.Globalization;
using Inkan.Gateway.Tests.Api.Support;
using Inkan.Grains.Transactions;
using Inkan.Protocol.Txa;

namespace Inkan.Gateway.Tests.Abuse;

/// <summary>
/// A code the token computed over data other than the transaction's (a man in the browser changed the amount or the
/// payee shown to the user) does not verify: the code binds the exact payload of the challenge.
/// </summary>
public sealed class TamperingTests(BankApiFactory factory) : ApiTest(factory)
{
    [Theory]
    [InlineData(6, "9120000")] // the amount
    [InlineData(5, "ｶ)ｱｸﾄｸｼｮｳｼﾞ")] // the payee
    [InlineData(4, "999-1-7654321")] // the account
    public async Task Confirm_CodeOverTamperedPayload_IsWrongCodeAndStaysPending(int field, string tampered)
    {
        var contractId = NewContractId();
        var token = await Bank.ContractWithTokenAsync(contractId);
        var tx = await Bank.TransferAsync(contractId);
        var fields = tx.Payload.Split('|');
        Assert.NotEqual(tampered, fields[field]);
        fields[field] = tampered;

        var result = await Bank.ConfirmAsync(tx.TransactionId, TxaCode.Compute(token.Key, string.Join('|', fields)));

        Assert.Equal((ConfirmOutcome.WrongCode, 1), (result.Outcome, result.Transaction.WrongCodes));
        Assert.Equal(TransactionStatus.Pending, (await Bank.GetAsync(tx.TransactionId)).Status);
    }

    [Fact]
    public async Task Confirm_CodeOfAnotherAmountsTransaction_IsWrongCode()
    {
        var contractId = NewContractId();
        var token = await Bank.ContractWithTokenAsync(contractId);
        var small = await Bank.CreateAsync(contractId, "master", "TRF", ApiBank.Transfer(1_000));
        var large = await Bank.CreateAsync(contractId, "master", "TRF", ApiBank.Transfer(9_000_000));

        // The user was shown the small transfer and typed its code; the attacker submits it for the large one.
        var result = await Bank.ConfirmAsync(large.TransactionId, ApiBank.RightCode(token, small));

        Assert.Equal(ConfirmOutcome.WrongCode, result.Outcome);
        Assert.Equal(TransactionStatus.Pending, (await Bank.GetAsync(large.TransactionId)).Status);
        Assert.Equal(9_000_000L.ToString(CultureInfo.InvariantCulture), large.Payload.Split('|')[^1]);
    }
}
