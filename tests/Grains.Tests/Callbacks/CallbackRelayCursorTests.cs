using Inkan.Grains.Callbacks;
using Inkan.Grains.Tests.Support;

namespace Inkan.Grains.Tests.Callbacks;

/// <summary>The relay grain's delivery cursors: a common one, and receivers lagging behind it with their own; none moves back.</summary>
public sealed class CallbackRelayCursorTests : IAsyncLifetime
{
    private const string A = "https://a.example:443";
    private const string B = "https://b.example:443";

    private readonly string _directory = Directory.CreateTempSubdirectory("inkan-relay-").FullName;
    private DomainSilo _silo = null!;

    private ICallbackRelayGrain Relay => _silo.Grains.GetGrain<ICallbackRelayGrain>(CallbackLogs.Notices);

    public async Task InitializeAsync() => _silo = await DomainSilo.StartAsync(_directory);

    public async Task DisposeAsync()
    {
        await _silo.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task AdvanceDeliveredAsync_LaggingReceiver_KeepsItsOwnCursorBelowTheCommonOne()
    {
        var saved = await Relay.AdvanceDeliveredAsync(Progress(100, (A, 40)));

        Assert.Equal((100, 40L), (saved.DeliveredThrough, Assert.Single(saved.Lagging).Value));
        Assert.Equal(40, (await Relay.GetAsync()).LaggingReceivers[A]);
    }

    [Fact]
    public async Task AdvanceDeliveredAsync_ReceiverCaughtUp_LeavesTheListAndMovesWithTheCommonCursor()
    {
        await Relay.AdvanceDeliveredAsync(Progress(100, (A, 40), (B, 60)));

        var saved = await Relay.AdvanceDeliveredAsync(Progress(150, (B, 70)));

        Assert.Equal(150, saved.DeliveredThrough);
        Assert.Equal(new Dictionary<string, long> { [B] = 70 }, saved.Lagging);
    }

    [Fact]
    public async Task AdvanceDeliveredAsync_CursorsBehindTheStoredOnes_NoneMovesBack()
    {
        await Relay.AdvanceDeliveredAsync(Progress(100, (A, 40)));

        // A stale view: the common cursor and A's behind the stored ones, B listed below the stored common cursor.
        var saved = await Relay.AdvanceDeliveredAsync(Progress(90, (A, 30), (B, 20)));

        Assert.Equal(100, saved.DeliveredThrough);
        Assert.Equal(new Dictionary<string, long> { [A] = 40 }, saved.Lagging);
    }

    [Fact]
    public async Task AdvanceDeliveredAsync_MoreLaggingReceiversThanTheCap_CommonCursorStaysAtTheFirstLeftOut()
    {
        var receivers = Enumerable.Range(1, CallbackRelayGrain.MaxLaggingReceivers + 5).Select(i => ($"https://r{i}.example:443", (long)i)).ToArray();

        var saved = await Relay.AdvanceDeliveredAsync(Progress(10_000, receivers));

        // The 1,001st lowest is held by the common cursor instead: more sent again after a restart, nothing lost.
        Assert.Equal(CallbackRelayGrain.MaxLaggingReceivers + 1, saved.DeliveredThrough);
        Assert.Equal(CallbackRelayGrain.MaxLaggingReceivers, saved.Lagging.Count);
        Assert.All(saved.Lagging, r => Assert.True(r.Value < saved.DeliveredThrough));
    }

    [Fact]
    public async Task AdvanceDeliveredAsync_LaggingReceivers_SurviveARestart()
    {
        await Relay.AdvanceDeliveredAsync(Progress(100, (A, 40)));

        await _silo.DisposeAsync();
        _silo = await DomainSilo.StartAsync(_directory);
        var state = await Relay.GetAsync();

        Assert.Equal((100, 40L), (state.DeliveredThrough, Assert.Single(state.LaggingReceivers).Value));
    }

    private static CallbackProgress Progress(long deliveredThrough, params (string Receiver, long Through)[] lagging)
        => new(deliveredThrough, lagging.ToDictionary(r => r.Receiver, r => r.Through));
}
