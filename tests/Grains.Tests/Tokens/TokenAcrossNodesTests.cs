using Inkan.Grains.Tests.Support;
using Inkan.Grains.Transactions;
using Inkan.Silo;

namespace Inkan.Grains.Tests.Tokens;

/// <summary>
/// A token that one node changed while the other held a copy: its lock holds on both nodes, and the other node
/// shows it and serves it as it is stored.
/// </summary>
public sealed class TokenAcrossNodesTests : TwoNodes
{
    [Fact]
    public async Task ConfirmAsync_TokenLockedThroughTheOtherNode_RightCodeNeverAuthorizes()
    {
        var token = await A.ContractWithTokenAsync("C1");
        var held = await A.PendingTransferAsync("C1", "master");
        await B.Token(token.Serial).GetInfoAsync();
        await LockThroughAAsync(token);

        // The stale copy accepts, but its write fails on the version: the transaction never hears "accepted".
        await Assert.ThrowsAsync<InconsistentStateException>(() => B.ConfirmAsync(held, Bank.RightCode(token, held)));
        var retry = await B.ConfirmAsync(held, Bank.RightCode(token, held));

        Assert.Equal(ConfirmOutcome.TokenLocked, retry.Outcome);
        Assert.Equal(TransactionStatus.Pending, retry.Transaction.Status);
    }

    [Fact]
    public async Task UnlockAsync_LockedThroughTheOtherNode_ShownLockedAndUnlocked()
    {
        var token = await A.ContractWithTokenAsync("C1");
        await B.Token(token.Serial).GetInfoAsync();
        await LockThroughAAsync(token);
        Clock.Advance(TimeSpan.FromSeconds(2));

        var shown = await B.Token(token.Serial).GetInfoAsync();
        await B.Token(token.Serial).UnlockAsync("form-123", "operator");

        Assert.True(shown.Locked);
        Assert.False((await A.Token(token.Serial).GetInfoAsync()).Locked);
    }

    [Fact]
    public async Task ConfirmAsync_TokenImportedThroughTheOtherNodeAfterALookupHere_Authorized()
    {
        await A.CreateContractAsync("C1");
        await B.Token("0001000001").GetInfoAsync();
        var token = await A.IssuedTokenAsync("C1");
        Assert.Equal("0001000001", token.Serial);
        await A.ActivateAsync("C1", "master", token);
        var tx = await A.PendingTransferAsync("C1", "master");

        Assert.Equal(ConfirmOutcome.Authorized, (await B.ConfirmAsync(tx, Bank.RightCode(token, tx))).Outcome);
    }

    private async Task LockThroughAAsync(Protocol.Tokens.TokenRecord token)
    {
        var tx = await A.PendingTransferAsync("C1", "master");
        for (var i = 0; i < 5; i++)
        {
            await A.ConfirmAsync(tx, Bank.WrongCode(token, tx));
        }

        Assert.True((await A.Token(token.Serial).GetInfoAsync()).Locked);
    }
}
