using Inkan.Gateway.Api.RateLimiting;
using Inkan.TestSupport;

namespace Inkan.Gateway.Tests.Api.RateLimiting;

public sealed class WindowCountersTests
{
    private static readonly DateTimeOffset WindowStart = new(2026, 11, 21, 10, 0, 0, TimeSpan.Zero);
    private readonly ManualTimeProvider _time = new(WindowStart + TimeSpan.FromSeconds(15));
    private readonly WindowCounters _counters;

    public WindowCountersTests() => _counters = new WindowCounters(new FixedWindowLimit { PermitLimit = 2, Window = TimeSpan.FromMinutes(1) }, _time);

    private static LimitKey Transaction(string id) => new("key-1", "/api/v1/transactions/{id}/confirmation", id, null);

    [Fact]
    public void TryAcquire_OverTheLimit_RefusedUntilTheWindowEnds()
    {
        var answers = Enumerable.Range(0, 3).Select(_ => _counters.TryAcquire(Transaction("t1"), out var _)).ToList();
        var refused = _counters.TryAcquire(Transaction("t1"), out var retryAfter);

        Assert.Equal([true, true, false], answers);
        Assert.False(refused);
        Assert.Equal(TimeSpan.FromSeconds(45), retryAfter);
    }

    [Fact]
    public void TryAcquire_OtherKeys_CountedApart()
    {
        _counters.TryAcquire(Transaction("t1"), out _);
        _counters.TryAcquire(Transaction("t1"), out _);

        Assert.True(_counters.TryAcquire(Transaction("t2"), out _));
        Assert.True(_counters.TryAcquire(Transaction("t1") with { Client = "key-2" }, out _));
        Assert.True(_counters.TryAcquire(Transaction("t1") with { Endpoint = "/api/v1/transactions/{id}/otp/resend" }, out _));
        Assert.False(_counters.TryAcquire(Transaction("t1"), out _));
    }

    [Fact]
    public void TryAcquire_NextWindow_CountsAgain()
    {
        _counters.TryAcquire(Transaction("t1"), out _);
        _counters.TryAcquire(Transaction("t1"), out _);
        _time.Advance(TimeSpan.FromSeconds(44));
        var lastSecond = _counters.TryAcquire(Transaction("t1"), out _);
        _time.Advance(TimeSpan.FromSeconds(1));

        Assert.False(lastSecond);
        Assert.True(_counters.TryAcquire(Transaction("t1"), out var retryAfter));
        Assert.Equal(TimeSpan.FromMinutes(1), retryAfter);
    }

    [Fact]
    public void TryAcquire_ClockSetBack_KeepsTheLaterWindow()
    {
        var clock = new SettableClock { Now = WindowStart + TimeSpan.FromMinutes(1) };
        var counters = new WindowCounters(new FixedWindowLimit { PermitLimit = 2, Window = TimeSpan.FromMinutes(1) }, clock);
        counters.TryAcquire(Transaction("t1"), out _);
        counters.TryAcquire(Transaction("t1"), out _);
        clock.Now = WindowStart;

        Assert.False(counters.TryAcquire(Transaction("t1"), out var retryAfter));
        Assert.Equal(TimeSpan.FromMinutes(2), retryAfter);
    }

    [Fact]
    public async Task TryAcquire_ConcurrentCallers_GrantExactlyTheLimit()
    {
        var counters = new WindowCounters(new FixedWindowLimit { PermitLimit = 500, Window = TimeSpan.FromMinutes(1) }, _time);
        var granted = 0;
        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
        {
            for (var i = 0; i < 1_000; i++)
            {
                if (counters.TryAcquire(Transaction("hot"), out var _))
                {
                    Interlocked.Increment(ref granted);
                }
            }
        })));

        Assert.Equal(500, granted);
    }

    // ManualTimeProvider only moves forward; a system clock can be set back.
    private sealed class SettableClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; }

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
