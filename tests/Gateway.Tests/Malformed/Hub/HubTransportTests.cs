using System.Text.Json;
using Inkan.Gateway.Tests.Api.Support;

namespace Inkan.Gateway.Tests.Malformed.Hub;

/// <summary>A hub connection belongs to the session that connects it: another user's connection token does not bring their pushes.</summary>
public sealed class HubTransportTests(CorpusFactory factory) : IClassFixture<CorpusFactory>
{
    [Fact]
    public async Task Connect_AnotherUsersConnectionToken_GetsNoneOfTheirPushes()
    {
        using var client = await factory.ClientAsync();
        var fixture = await CorpusFactory.ArrangeAsync(client);
        var server = factory.Gateway.Server;
        var master = await HubSession.CookieAsync(factory.Gateway, fixture.ContractId, fixture.Master);
        var clerk = await HubSession.CookieAsync(factory.Gateway, fixture.ContractId, fixture.Clerk);
        using var cross = await HubSocket.ConnectAsync(server, clerk, await HubSocket.NegotiateAsync(server, master));
        await cross.SendAsync(HubSocket.JsonHandshake + HubSocket.Separator);
        Assert.Equal("{}", await cross.ReceiveAsync());
        using var owner = await HubSocket.OpenAsync(server, master);

        var created = await new ApiBank(client).TransferAsync(fixture.ContractId);

        Assert.Equal(created.TransactionId, await owner.NextChallengeAsync());
        await cross.ProbeAsync("probe");
        Assert.Equal(3, Type(await cross.ReceiveAsync()));
    }

    private static int Type(string? text) => text is null ? -1 : JsonDocument.Parse(text).RootElement.GetProperty("type").GetInt32();
}
