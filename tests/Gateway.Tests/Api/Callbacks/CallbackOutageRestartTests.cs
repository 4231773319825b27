using Inkan.Gateway.Tests.Api.Support;
using Inkan.Grains.ApiKeys;

namespace Inkan.Gateway.Tests.Api.Callbacks;

/// <summary>
/// A restart while a receiver is down: the relay saved how far that receiver got apart from the others, so the others
/// are not sent again what they already had, and the lagging one still gets all it has not.
/// </summary>
public sealed class CallbackOutageRestartTests : IAsyncLifetime
{
    private CallbackOutage _outage = null!;

    public async Task InitializeAsync() => _outage = await CallbackOutage.StartAsync();

    public async Task DisposeAsync() => await _outage.DisposeAsync();

    [Fact]
    public async Task Restart_ReceiverStillDown_OthersGetNothingAgainAndItGetsAllPendingOnceBack()
    {
        string[] pending;
        string keyId;
        await using (var before = _outage.Gateway(laneCapacity: 2))
        {
            keyId = (await before.IssueKeyAsync(ApiScopes.Transactions)).KeyId;
            pending = await before.AppendNoticesAsync(_outage.Down.Url, keyId, 3);
            await _outage.Down.NextAsync();
            await _outage.Down.NextAsync();
            var delivered = await before.AppendNoticesAsync(_outage.Up.Url, keyId, 10);
            foreach (var _ in delivered)
            {
                await _outage.Up.NextAsync();
            }

            await before.WaitUntilSavedAsync(_outage.Up.Url);
        }

        await using var after = _outage.Gateway(laneCapacity: 2);
        _ = after.Services;
        await _outage.Down.NextAsync();
        await _outage.Down.NextAsync();
        var sentinel = await after.AppendNoticesAsync(_outage.Up.Url, keyId, 1);
        Assert.Equal(sentinel[0], CallbackOutbox.TransactionOf(await _outage.Up.NextAsync()));
        Assert.False(_outage.Up.HasMore);

        _outage.Down.AlwaysAnswer = null;
        await after.Time.WaitForPendingAsync(CallbackOutage.Retry, count: 2);
        after.Clock.Advance(CallbackOutage.Retry);
        var received = new List<string>();
        for (var i = 0; i < pending.Length; i++)
        {
            received.Add(CallbackOutbox.TransactionOf(await _outage.Down.NextAsync()));
        }

        Assert.Equal(pending.Order(), received.Order());
    }
}
