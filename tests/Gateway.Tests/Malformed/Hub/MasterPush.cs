using Inkan.Gateway.Tests.Api.Support;

namespace Inkan.Gateway.Tests.Malformed.Hub;

/// <summary>What the hub corpora check last: the hub still works for its rightful user.</summary>
public static class MasterPush
{
    /// <summary>A fresh connection of the fixture's master gets the challenge of the next transfer pushed.</summary>
    public static async Task AssertNextChallengeArrivesAsync(CorpusFactory factory, HttpClient client, CorpusFixture fixture)
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(fixture);
        var master = await HubSession.CookieAsync(factory.Gateway, fixture.ContractId, fixture.Master);
        using var socket = await HubSocket.OpenAsync(factory.Gateway.Server, master);
        var created = await new ApiBank(client).TransferAsync(fixture.ContractId);
        Assert.Equal(created.TransactionId, await socket.NextChallengeAsync());
    }
}
