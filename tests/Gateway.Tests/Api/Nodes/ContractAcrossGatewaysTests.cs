using System.Net;
using Inkan.Gateway.Tests.Api.Support;
using Inkan.Grains.Contracts;
using Inkan.Grains.Fees;

namespace Inkan.Gateway.Tests.Api.Nodes;

/// <summary>
/// The back office through a gateway whose copy of a contract the other gateway has changed since: the change is
/// made on the contract as it is stored, never half of it.
/// </summary>
public sealed class ContractAcrossGatewaysTests : IAsyncLifetime
{
    private const string Contract = "N1";

    private readonly TwoGateways _nodes = new();

    public Task InitializeAsync() => _nodes.InitializeAsync();

    public Task DisposeAsync() => _nodes.DisposeAsync();

    [Fact]
    public async Task AddUser_UserAddedThroughTheOtherGateway_AddsBothUsers()
    {
        await _nodes.A.CreateContractAsync(Contract);
        await ReadContractAsync(_nodes.B);
        await _nodes.A.AddUserAsync(Contract, "alice", "Inquiry");

        await _nodes.B.AddUserAsync(Contract, "bobby", "Inquiry");

        Assert.Equal(["alice", "bobby", "master"], (await ReadContractAsync(_nodes.A)).Users.Order());
    }

    [Fact]
    public async Task IssueToken_FirstTokenIssuedThroughTheOtherGateway_ChargesTheSecond()
    {
        await _nodes.A.CreateContractAsync(Contract);
        var tokens = await _nodes.A.ImportAsync(2);
        await ReadContractAsync(_nodes.B);
        await IssueAsync(_nodes.A, tokens[0].Serial);

        var second = await IssueAsync(_nodes.B, tokens[1].Serial);

        Assert.Equal((FeeKind.AdditionalToken, 2_200L), (second.Kind, second.Amount));
        Assert.Equal(2, (await ReadContractAsync(_nodes.A)).Tokens.Count);
    }

    private static async Task<ContractInfo> ReadContractAsync(ApiBank bank)
        => await (await bank.Client.GetAsync($"{ApiBank.BackOffice}/contracts/{Contract}")).ReadAsync<ContractInfo>();

    private static async Task<FeeEntry> IssueAsync(ApiBank bank, string serial)
        => await (await bank.Client.PostJsonAsync($"{ApiBank.BackOffice}/contracts/{Contract}/tokens", new { serial })).ReadAsync<FeeEntry>(HttpStatusCode.OK);
}
