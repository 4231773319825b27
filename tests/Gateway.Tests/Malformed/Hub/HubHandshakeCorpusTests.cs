using Microsoft.AspNetCore.TestHost;

namespace Inkan.Gateway.Tests.Malformed.Hub;

/// <summary>
/// Generated malformed hub handshakes (seeded) with the clerk's session: HTTP requests from foreign origins, malformed
/// negotiations and connection requests, each answered by a 4xx problem; and WebSocket connections from foreign
/// origins, each refused with 403. Nothing changes, and the gateway's own page still gets its pushes afterwards.
/// </summary>
public sealed class HubHandshakeCorpusTests(CorpusFactory factory) : IClassFixture<CorpusFactory>
{
    private const int Requests = 600;
    private const int WebSockets = 100;
    private const int Seed = 20261124;

    [Fact]
    public async Task Corpus_MalformedHubHandshakes_RefusedAsProblemsWithoutStateChange()
    {
        using var client = await factory.ClientAsync();
        var fixture = await CorpusFactory.ArrangeAsync(client);
        var server = factory.Gateway.Server;
        var clerk = await HubSession.CookieAsync(factory.Gateway, fixture.ContractId, fixture.Clerk);
        var before = await StateFingerprint.ReadAsync(client, fixture, factory.Gateway.Store);
        using var http = server.CreateClient();

        await CorpusRun.AssertAllProblemsAsync(new HubRequestGenerator(clerk, await HubSocket.NegotiateAsync(server, clerk), Seed).Generate(Requests), Requests, async request =>
        {
            using var message = request.ToMessage();
            return await http.SendAsync(message);
        });
        var random = new Random(Seed);
        var accepted = new List<string>();
        for (var i = 0; i < WebSockets; i++)
        {
            var origin = ForeignOrigins.Next(random);
            if (await WhyNotRefusedAsync(server, clerk, origin) is { } wrong)
            {
                accepted.Add($"Origin {string.Join(" + ", origin)}: {wrong}");
            }
        }

        Assert.True(accepted.Count == 0, $"{accepted.Count} of {WebSockets} cross-origin WebSockets not refused with 403:\n{string.Join('\n', accepted.Take(25))}");
        Assert.Equal(before, await StateFingerprint.ReadAsync(client, fixture, factory.Gateway.Store));
        await MasterPush.AssertNextChallengeArrivesAsync(factory, client, fixture);
    }

    private static async Task<string?> WhyNotRefusedAsync(TestServer server, string cookie, string[] origin)
    {
        try
        {
            using var socket = await HubSocket.ConnectAsync(server, cookie, origin: origin);
            return "connected";
        }
        catch (InvalidOperationException e)
        {
            return e.Message.Contains("403", StringComparison.Ordinal) ? null : e.Message;
        }
    }
}
