using System.Security.Cryptography;
using Inkan.Gateway.Tests.Api.Support;

namespace Inkan.Gateway.Tests.Hosting;

/// <summary>Nodes on one database must share the master key: a node with another one stops at start, naming the setting.</summary>
public sealed class MasterKeyCheckTests
{
    [Fact]
    public async Task Start_SecondNodeWithAnotherMasterKey_FailsNamingTheSetting()
    {
        await using var first = new BankApiFactory { StoreShared = true, Settings = { ["Inkan:KeyProtection:MasterKey"] = NewKey() } };
        first.CreateClient().Dispose();
        await using var second = new BankApiFactory { Store = first.Store, StoreShared = true, Settings = { ["Inkan:KeyProtection:MasterKey"] = NewKey() } };

        var e = Assert.ThrowsAny<Exception>(() => second.CreateClient());

        Assert.Contains("Inkan:KeyProtection:MasterKey is not the key this database was written with", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_SecondNodeWithTheSameMasterKey_Starts()
    {
        var key = NewKey();
        await using var first = new BankApiFactory { StoreShared = true, Settings = { ["Inkan:KeyProtection:MasterKey"] = key } };
        first.CreateClient().Dispose();
        await using var second = new BankApiFactory { Store = first.Store, StoreShared = true, Settings = { ["Inkan:KeyProtection:MasterKey"] = key } };

        using var client = second.CreateClient();
        using var health = await client.GetAsync(new Uri("/health/live", UriKind.Relative));

        Assert.True(health.IsSuccessStatusCode);
    }

    private static string NewKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
}
