using System.Net;
using Inkan.Gateway.Api.Transactions;
using Inkan.Gateway.Tests.Api.Support;
using Inkan.Grains.Transactions;

namespace Inkan.Gateway.Tests.Api.Transactions;

/// <summary>Kana names past the Zengin fields' widths are refused at the bank API naming the field; up to them they are kept and truncated for the token.</summary>
public sealed class KanaLimitsTests(BankApiFactory factory) : ApiTest(factory)
{
    public static TheoryData<string, object, string> OverLong => new()
    {
        { "TRF", Transfer(new string('ｱ', KanaLimits.BankName + 1), "ﾀﾅｶ"), "data.bankNameKana" },
        { "TRF", Transfer("ﾄﾏﾄ", new string('ｱ', KanaLimits.Name + 1)), "data.payeeKana" },
        { "TRF", Transfer("ﾄﾏﾄ", new string('ｱ', 100_000)), "data.payeeKana" },
        { "FEE", new { items = new[] { new { agencyNumber = "12345", agencyNameKana = new string('ｱ', KanaLimits.Name + 1), customerNumber = "1", amount = 5000 } } }, "data.items[0].agencyNameKana" },
    };

    [Theory]
    [MemberData(nameof(OverLong))]
    public async Task Create_KanaLongerThanItsZenginField_BadRequestNamingTheField(string kind, object data, string field)
    {
        var contractId = NewContractId();
        await Bank.ContractWithTokenAsync(contractId);

        var problem = await (await Bank.PostTransactionAsync(contractId, "master", kind, data)).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(("invalid-field", field), (problem.Code, problem.Field));
        Assert.Contains("at most", problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_KanaAsLongAsItsZenginField_CreatedAndTruncatedForTheToken()
    {
        var contractId = NewContractId();
        await Bank.ContractWithTokenAsync(contractId);

        var tx = await Bank.CreateAsync(contractId, "master", "TRF", Transfer(new string('ｲ', KanaLimits.BankName), new string('ｳ', KanaLimits.Name)));

        Assert.Equal(TransactionStatus.Pending, tx.Status);
        Assert.Contains($"|{new string('ｲ', 10)}|123-1-1234567|{new string('ｳ', 10)}|", tx.Payload, StringComparison.Ordinal);
    }

    private static object Transfer(string bankNameKana, string payeeKana) => new { bankNameKana, branch = "123", subject = "1", account = "1234567", payeeKana, amount = 1000 };
}
