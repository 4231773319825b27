using System.Net;
using Inkan.Gateway.Tests.Api.Support;
using Inkan.Grains.Policy;
using Inkan.Grains.Transactions;
using Inkan.Protocol.Txa;

namespace Inkan.Gateway.Tests.Api.Transactions;

public sealed class TransactionCreationTests(BankApiFactory factory) : ApiTest(factory)
{
    public static TheoryData<string, object, string> Kinds => new()
    {
        { "TRF", ApiBank.Transfer(1_234_567), "|ﾄﾏﾄ|123-1-1234567|ｶ)ﾔﾏﾀﾞｼｮｳｼ|1234567" },
        { "FEE", new { items = new[] { new { agencyNumber = "12345", agencyNameKana = "ｺｸｾﾞｲ", customerNumber = "9876543210", amount = 5000 } } }, "|1|12345|ｺｸｾﾞｲ|9876543210|5000" },
        { "BLK", new { type = "KYUYO", designatedDate = "2026-12-25", totalCount = 12, totalAmount = 3_456_789 }, "|KYUYO|20261225|12|3456789" },
        { "ADM", new { operation = "USER_ADD", targetLoginId = "hanako", permissions = new[] { "Inquiry" }, password = "new-pass-1", pin = "5555" }, "|USER_ADD|hanako" },
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Create_EachKind_IsPendingWithTheServersPayloadAndLocation(string kind, object data, string fields)
    {
        var contractId = NewContractId();
        var token = await Bank.ContractWithTokenAsync(contractId);

        var response = await Bank.PostTransactionAsync(contractId, "master", kind, data);
        var tx = await response.ReadAsync<TransactionView>(HttpStatusCode.Created);

        Assert.Equal($"/api/v1/transactions/{tx.TransactionId}", response.Headers.Location?.OriginalString);
        Assert.Equal((TransactionStatus.Pending, ConfirmationMethod.Token, token.Serial), (tx.Status, tx.Method, tx.TokenSerial));
        Assert.Equal(Factory.Clock.GetUtcNow().AddMinutes(5), tx.ExpiresAt);
        var message = TxaPayload.Parse(tx.Payload);
        Assert.Equal(Enum.Parse<TxaKind>(kind), message.Kind);
        Assert.EndsWith(fields, tx.Payload, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_Activation_ChallengesTheNamedToken()
    {
        var contractId = NewContractId();
        await Bank.CreateContractAsync(contractId);
        var token = await Bank.IssuedTokenAsync(contractId);

        var tx = await Bank.CreateAsync(contractId, "master", "ACT", new { tokenSerial = token.Serial });

        Assert.Equal($"TXA1|ACT|{TxaPayload.Parse(tx.Payload).Nonce}|master|{token.Serial}", tx.Payload);
        Assert.Equal(TxaKind.ACT, tx.Kind);
    }

    [Fact]
    public async Task Create_KindTheUserMayNotDo_Is403PermissionDenied()
    {
        var contractId = NewContractId();
        var token = await Bank.ContractWithTokenAsync(contractId);
        await Bank.AddUserAsync(contractId, "clerk", "Inquiry", "FundTransfer");
        await Bank.ActivateAsync(contractId, "clerk", token);

        var problem = await (await Bank.PostTransactionAsync(contractId, "clerk", "BLK", new { type = "SOGO", designatedDate = "2026-12-01", totalCount = 1, totalAmount = 1 }))
            .ProblemAsync(HttpStatusCode.Forbidden);

        Assert.Equal("permission-denied", problem.Code);
    }

    [Fact]
    public async Task Create_UserWithoutToken_Is409ConfirmationBlockedWithReason()
    {
        var contractId = NewContractId();
        await Bank.CreateContractAsync(contractId);

        var problem = await (await Bank.PostTransactionAsync(contractId, "master", "TRF", ApiBank.Transfer())).ProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal(("confirmation-blocked", nameof(BlockReason.TokenRegistrationRequired)), (problem.Code, problem.Reason));
    }

    [Fact]
    public async Task Create_ActivationOfAnotherContractsToken_Is409TokenUnavailable()
    {
        var mine = NewContractId();
        var theirs = NewContractId();
        await Bank.CreateContractAsync(mine);
        await Bank.CreateContractAsync(theirs);
        var token = await Bank.IssuedTokenAsync(theirs);

        var problem = await (await Bank.PostTransactionAsync(mine, "master", "ACT", new { tokenSerial = token.Serial })).ProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal("token-unavailable", problem.Code);
    }

    [Fact]
    public async Task Create_ActivationForInquiryOnlyUser_Is409RegistrationNotAllowed()
    {
        var contractId = NewContractId();
        await Bank.CreateContractAsync(contractId);
        await Bank.AddUserAsync(contractId, "viewer", "Inquiry");
        var token = await Bank.IssuedTokenAsync(contractId);

        var problem = await (await Bank.PostTransactionAsync(contractId, "viewer", "ACT", new { tokenSerial = token.Serial })).ProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal("registration-not-allowed", problem.Code);
    }

    [Fact]
    public async Task Create_ForUnknownUser_Is404()
    {
        var problem = await (await Bank.PostTransactionAsync(NewContractId(), "nobody", "TRF", ApiBank.Transfer())).ProblemAsync(HttpStatusCode.NotFound);

        Assert.Equal("not-found", problem.Code);
    }

    [Fact]
    public async Task Get_UnknownTransaction_Is404()
    {
        Assert.Equal("not-found", (await (await Client.GetAsync($"{ApiBank.V1}/transactions/{TransactionIds.New(TimeProvider.System)}")).ProblemAsync(HttpStatusCode.NotFound)).Code);
    }
}
