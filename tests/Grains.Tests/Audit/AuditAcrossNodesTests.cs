using Inkan.Grains.Audit;
using Inkan.Grains.Tests.Support;
using Inkan.Grains.Transactions;

namespace Inkan.Grains.Tests.Audit;

/// <summary>
/// A contract's chain appended through one node while the other holds an older copy of its head: the append is made
/// again on the head as stored, so the request goes through and the chain stays whole.
/// </summary>
public sealed class AuditAcrossNodesTests : TwoNodes
{
    [Fact]
    public async Task CreateAsync_ChainAppendedThroughTheOtherNodeSince_CreatedAndChainIntact()
    {
        await A.ContractWithTokenAsync("C1");
        var before = await ChallengesAsync();
        await B.PendingTransferAsync("C1", "master");

        var created = await A.PendingTransferAsync("C1", "master");

        Assert.Equal(TransactionStatus.Pending, created.Status);
        var head = await B.Silo.Grains.GetGrain<IAuditGrain>(AuditChains.ForContract("C1")).GetHeadAsync();
        Assert.True(AuditChain.Verify(await ChainAsync(), head).IsIntact);
        Assert.Equal(before + 2, await ChallengesAsync());
    }

    [Fact]
    public async Task CreateAsync_NodesTakingTurns_EveryCreationGoesThroughAndChainIntact()
    {
        await A.ContractWithTokenAsync("C1");
        var before = await ChallengesAsync();

        foreach (var node in new[] { B, A, B, A })
        {
            await node.PendingTransferAsync("C1", "master");
        }

        Assert.True(AuditChain.Verify(await ChainAsync()).IsIntact);
        Assert.Equal(before + 4, await ChallengesAsync());
    }

    private Task<IReadOnlyList<AuditEntry>> ChainAsync() => A.Silo.Audit.ReadAllAsync(AuditChains.ForContract("C1"), CancellationToken.None);

    private async Task<int> ChallengesAsync() => (await ChainAsync()).Count(e => e.Record.EventType == AuditEventType.ChallengeIssued);
}
