namespace Inkan.Gateway.Tests.Malformed.Hub;

/// <summary>
/// Generated malformed frames for the SignalR hub <c>/hubs/auth</c> (seeded), sent by another user than the owner of
/// the ids they carry: every invocation gets an error completion that shows nothing of an exception, ignorable
/// messages are ignored, garbage and broken handshakes close the connection cleanly, nothing changes, and a fresh
/// connection afterwards still gets the owner's next challenge pushed.
/// </summary>
public sealed class HubCorpusTests(CorpusFactory factory) : IClassFixture<CorpusFactory>
{
    private const int Count = 1_500;
    private const int Seed = 20261123;

    [Fact]
    public async Task Corpus_MalformedHubFrames_ErrorCompletionsOrCleanClosesWithoutStateChange()
    {
        using var client = await factory.ClientAsync();
        var fixture = await CorpusFactory.ArrangeAsync(client);
        var server = factory.Gateway.Server;
        var clerk = await HubSession.CookieAsync(factory.Gateway, fixture.ContractId, fixture.Clerk);
        var before = await StateFingerprint.ReadAsync(client, fixture, factory.Gateway.Store);
        var violations = new List<string>();
        var outcomes = new Dictionary<HubOutcome, int>();

        using (var run = new HubRun(server, clerk))
        {
            foreach (var frame in new HubCorpusGenerator(fixture, Seed).Generate(Count))
            {
                outcomes[frame.Expected] = outcomes.GetValueOrDefault(frame.Expected) + 1;
                if (await run.CheckAsync(frame) is { } violation)
                {
                    violations.Add($"{frame} (expected {frame.Expected}): {violation}");
                }
            }
        }

        Assert.True(violations.Count == 0, $"{violations.Count} of {Count} frames answered wrongly ({string.Join(", ", outcomes.Select(o => $"{o.Key}×{o.Value}"))}):\n{string.Join('\n', violations.Take(25))}");
        Assert.Equal(before, await StateFingerprint.ReadAsync(client, fixture, factory.Gateway.Store));
        await MasterPush.AssertNextChallengeArrivesAsync(factory, client, fixture);
    }
}
