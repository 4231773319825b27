namespace Inkan.Gateway.Tests.Malformed;

/// <summary>
/// Generated malformed requests over every JSON endpoint of the browser client (seeded): bad fields and bodies, wrong
/// methods and ids, and valid requests from callers who must be refused (no session, no or a wrong antiforgery
/// token, another user). None gets a 5xx or a success, every answer is a problem, and the state is unchanged.
/// </summary>
public sealed class BrowserCorpusTests(CorpusFactory factory) : IClassFixture<CorpusFactory>
{
    private const int Count = 3_000;
    private const int Seed = 20261122;

    [Fact]
    public async Task Corpus_MalformedBrowserRequests_AllRefusedAsProblemsWithoutStateChange()
    {
        using var client = await factory.ClientAsync();
        var fixture = await CorpusFactory.ArrangeAsync(client);
        var callers = await BrowserCallers.SignOnAsync(factory.Gateway, fixture);
        var before = await StateFingerprint.ReadAsync(client, fixture, factory.Gateway.Store);

        await CorpusRun.AssertAllProblemsAsync(new CorpusGenerator(fixture, BrowserEndpoints.For(fixture), Seed).Generate(Count), Count, callers.SendAsync);

        Assert.Equal(before, await StateFingerprint.ReadAsync(client, fixture, factory.Gateway.Store));
        Assert.True((await callers.Master.SessionAsync()).GetProperty("signedOn").GetBoolean());
    }
}
