using System.Net;
using Inkan.Gateway.Tests.Api.Support;
using Inkan.Grains.Transactions;
using Inkan.TestSupport.Postgres;

namespace Inkan.Gateway.Tests.Faults;

/// <summary>
/// Two gateway processes on one PostgreSQL database: a bank system that reads a transaction through the other gateway
/// than the one that confirmed it sees it as stored, not as that gateway saw it before.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class TwoGatewaysReadTests(PostgresCluster postgres)
{
    [Fact]
    public async Task Get_TransactionConfirmedThroughTheOtherGateway_ShowsItAuthorized()
    {
        await using var nodes = await TwoGateways.StartAsync(postgres, GetType());
        using var a = nodes.First.CreateClient();
        using var b = nodes.Second.CreateClient();
        var bank = new ApiBank(a);
        var token = await bank.ContractWithTokenAsync("R1");
        var transfer = await bank.TransferAsync("R1");
        Assert.Equal(TransactionStatus.Pending, (await new ApiBank(b).GetAsync(transfer.TransactionId)).Status);

        Assert.Equal(ConfirmOutcome.Authorized, (await bank.ConfirmAsync(transfer.TransactionId, ApiBank.RightCode(token, transfer))).Outcome);

        Assert.Equal(TransactionStatus.Authorized, (await new ApiBank(b).GetAsync(transfer.TransactionId)).Status);
    }
}
