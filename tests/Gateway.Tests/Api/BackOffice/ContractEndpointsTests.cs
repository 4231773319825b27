using System.Net;
using Inkan.Gateway.Tests.Api.Support;
using Inkan.Grains.Contracts;
using Inkan.Grains.Fees;
using Inkan.Grains.Tokens;

namespace Inkan.Gateway.Tests.Api.BackOffice;

public sealed class ContractEndpointsTests(BankApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task Create_ThenGet_ShowsTheMasterAndLocation()
    {
        var contractId = NewContractId();

        var response = await Client.PostJsonAsync($"{ApiBank.BackOffice}/contracts", new { contractId, name = "トマト商事", master = new { loginId = "boss", password = "p-1", pin = "1234" } });
        var created = await response.ReadAsync<ContractInfo>(HttpStatusCode.Created);
        var read = await (await Client.GetAsync(response.Headers.Location!.OriginalString)).ReadAsync<ContractInfo>();

        Assert.Equal((contractId, "トマト商事", "boss"), (created.ContractId, created.Name, created.MasterLoginId));
        Assert.Equal(["boss"], read.Users);
    }

    [Theory]
    [InlineData("{\"contractId\":\"X1\",\"name\":\"N\"}", "master")]
    [InlineData("{\"contractId\":\"X1\",\"master\":{\"loginId\":\"boss\",\"password\":\"p\",\"pin\":\"1\"}}", "name")]
    [InlineData("{\"contractId\":\"X1\",\"name\":\"N\",\"master\":{\"loginId\":\"b\",\"password\":\"p\",\"pin\":\"1\"}}", "master.loginId")]
    [InlineData("{\"contractId\":\"X1\",\"name\":\"N\",\"master\":{\"loginId\":\"boss\",\"pin\":\"1\"}}", "master.password")]
    public async Task Create_WithBadFields_Is400(string body, string field)
    {
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");

        Assert.Equal(field, (await (await Client.PostAsync($"{ApiBank.BackOffice}/contracts", content)).ProblemAsync(HttpStatusCode.BadRequest)).Field);
    }

    [Fact]
    public async Task IssueTokens_FirstIsFreeThenFeeAndReissue_LedgerListsThemInOrder()
    {
        var contractId = NewContractId();
        await Bank.CreateContractAsync(contractId);
        var tokens = await Bank.ImportAsync(3);
        var url = $"{ApiBank.BackOffice}/contracts/{contractId}/tokens";

        var first = await (await Client.PostJsonAsync(url, new { serial = tokens[0].Serial })).ReadAsync<FeeEntry>();
        var second = await (await Client.PostJsonAsync(url, new { serial = tokens[1].Serial, reason = "New" })).ReadAsync<FeeEntry>();
        var reissue = await (await Client.PostJsonAsync(url, new { serial = tokens[2].Serial, reason = "ReissueLoss", replacedSerial = tokens[0].Serial })).ReadAsync<FeeEntry>();
        var ledger = await (await Client.GetAsync($"{ApiBank.BackOffice}/contracts/{contractId}/ledger")).ReadAsync<List<FeeEntry>>();
        var replaced = await (await Client.GetAsync($"{ApiBank.BackOffice}/tokens/{tokens[0].Serial}")).ReadAsync<TokenInfo>();

        Assert.Equal((FeeKind.FirstToken, 0L), (first.Kind, first.Amount));
        Assert.Equal((FeeKind.AdditionalToken, 2_200L), (second.Kind, second.Amount));
        Assert.Equal((FeeKind.Reissue, 2_200L, tokens[0].Serial), (reissue.Kind, reissue.Amount, reissue.ReplacedSerial));
        Assert.Equal([first, second, reissue], ledger);
        Assert.Equal(TokenStatus.Revoked, replaced.Status);
    }

    [Theory]
    [InlineData("ReissueTheft", null, "replacedSerial")]
    [InlineData("New", "0000000001", "replacedSerial")]
    [InlineData("Lost", null, "reason")]
    public async Task IssueToken_InconsistentReason_Is400(string reason, string? replacedSerial, string field)
    {
        var contractId = NewContractId();
        await Bank.CreateContractAsync(contractId);

        var problem = await (await Client.PostJsonAsync($"{ApiBank.BackOffice}/contracts/{contractId}/tokens", new { serial = "0000000009", reason, replacedSerial }))
            .ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(field, problem.Field);
    }

    [Fact]
    public async Task IssueToken_NotInStock_Is404ThenConflictWhenIssuedElsewhere()
    {
        var a = NewContractId();
        var b = NewContractId();
        await Bank.CreateContractAsync(a);
        await Bank.CreateContractAsync(b);
        var token = await Bank.IssuedTokenAsync(a);

        var missing = await (await Client.PostJsonAsync($"{ApiBank.BackOffice}/contracts/{b}/tokens", new { serial = "0999999999" })).ProblemAsync(HttpStatusCode.NotFound);
        var taken = await (await Client.PostJsonAsync($"{ApiBank.BackOffice}/contracts/{b}/tokens", new { serial = token.Serial })).ProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal(("not-found", "conflict"), (missing.Code, taken.Code));
    }
}
