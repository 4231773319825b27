using Inkan.Grains.Tests.Support;
using Inkan.Grains.Transactions;
using Inkan.Grains.Users;

namespace Inkan.Grains.Tests.Transactions;

public sealed class TransactionHistoryTests : TokenHolderTest
{
    [Fact]
    public async Task CreateAsync_TokenTransactions_AppendsEachIdToItsUsersLogOnly()
    {
        await Bank.AddUserAsync("C1", "payer", Permissions.Inquiry | Permissions.FundTransfer);
        var first = await Bank.PendingTransferAsync("C1", "master");
        var second = await Bank.PendingTransferAsync("C1", "master");

        var masters = await Silo.Storage.ReadLogTailAsync(TransactionHistory.LogOf("C1", "master"), 10, CancellationToken.None);

        Assert.Equal([second.TransactionId, first.TransactionId], masters.Select(e => e.Payload).Take(2));
        Assert.Empty(await Silo.Storage.ReadLogTailAsync(TransactionHistory.LogOf("C1", "payer"), 10, CancellationToken.None));
    }

    [Fact]
    public async Task CreateAsync_Refused_AppendsNothing()
    {
        await Bank.AddUserAsync("C1", "viewer", Permissions.Inquiry);

        var refused = await Bank.CreateAsync("C1", "viewer", Bank.Transfer());

        Assert.Equal(CreateOutcome.PermissionDenied, refused.Outcome);
        Assert.Empty(await Silo.Storage.ReadLogTailAsync(TransactionHistory.LogOf("C1", "viewer"), 10, CancellationToken.None));
    }
}
