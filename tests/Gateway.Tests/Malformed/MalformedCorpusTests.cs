namespace Inkan.Gateway.Tests.Malformed;

/// <summary>
/// 10,000 generated malformed requests over every bank API endpoint (seeded, so a failure repeats): none gets a 5xx
/// or a success, every answer is a problem description, and the state they aim at is unchanged.
/// </summary>
public sealed class MalformedCorpusTests(CorpusFactory factory) : IClassFixture<CorpusFactory>
{
    private const int Count = 10_000;
    private const int Seed = 20261121;

    [Fact]
    public async Task Corpus_TenThousandMalformedRequests_AllRefusedAsProblemsWithoutStateChange()
    {
        using var client = await factory.ClientAsync();
        var fixture = await CorpusFactory.ArrangeAsync(client);
        var before = await StateFingerprint.ReadAsync(client, fixture, factory.Gateway.Store);

        await CorpusRun.AssertAllProblemsAsync(new CorpusGenerator(fixture, BankEndpoints.For(fixture), Seed).Generate(Count), Count, async request =>
        {
            using var message = request.ToMessage();
            return await client.SendAsync(message);
        });

        Assert.Equal(before, await StateFingerprint.ReadAsync(client, fixture, factory.Gateway.Store));
    }
}
