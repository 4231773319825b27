using Inkan.TestSupport;

namespace Inkan.Silo.Tests.TestSupport;

/// <summary>The manual clock and its timers.</summary>
public sealed class ManualTimeProviderTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 21, 8, 0, 0, TimeSpan.Zero);
    private readonly ManualTimeProvider _time = new(Start);

    [Fact]
    public void Advance_MovesClockAndTimestamps()
    {
        var before = _time.GetTimestamp();

        _time.Advance(TimeSpan.FromMinutes(15));

        Assert.Equal(Start.AddMinutes(15), _time.GetUtcNow());
        Assert.Equal(TimeSpan.FromMinutes(15), _time.GetElapsedTime(before));
    }

    [Fact]
    public void SetUtcNow_Backwards_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => _time.SetUtcNow(Start.AddTicks(-1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => _time.Advance(TimeSpan.FromTicks(-1)));
    }

    [Fact]
    public void CreateTimer_OneShot_FiresOnceWhenDue()
    {
        var fired = new List<DateTimeOffset>();
        using var timer = _time.CreateTimer(_ => fired.Add(_time.GetUtcNow()), null, TimeSpan.FromSeconds(10), Timeout.InfiniteTimeSpan);

        _time.Advance(TimeSpan.FromSeconds(9));
        Assert.Empty(fired);
        _time.Advance(TimeSpan.FromSeconds(30));

        Assert.Equal([Start.AddSeconds(10)], fired);
        Assert.Equal(0, _time.ActiveTimers);
        Assert.Equal(Start.AddSeconds(39), _time.GetUtcNow());
    }

    [Fact]
    public void CreateTimer_Periodic_FiresOncePerPeriodPassedAtItsDueTimes()
    {
        var fired = new List<DateTimeOffset>();
        using var timer = _time.CreateTimer(_ => fired.Add(_time.GetUtcNow()), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2));

        _time.Advance(TimeSpan.FromSeconds(6));

        Assert.Equal([Start.AddSeconds(1), Start.AddSeconds(3), Start.AddSeconds(5)], fired);
        Assert.Equal(1, _time.ActiveTimers);
    }

    [Fact]
    public void CreateTimer_SeveralTimers_FireInDueOrderWithState()
    {
        var fired = new List<string>();
        using var late = _time.CreateTimer(s => fired.Add((string)s!), "late", TimeSpan.FromSeconds(5), Timeout.InfiniteTimeSpan);
        using var early = _time.CreateTimer(s => fired.Add((string)s!), "early", TimeSpan.FromSeconds(2), Timeout.InfiniteTimeSpan);

        _time.Advance(TimeSpan.FromSeconds(5));

        Assert.Equal(["early", "late"], fired);
    }

    [Fact]
    public void Change_Rearms_AndInfiniteDueTimeDisarms()
    {
        var count = 0;
        using var timer = _time.CreateTimer(_ => count++, null, TimeSpan.FromSeconds(10), Timeout.InfiniteTimeSpan);

        _time.Advance(TimeSpan.FromSeconds(5));
        Assert.True(timer.Change(TimeSpan.FromSeconds(10), Timeout.InfiniteTimeSpan));
        _time.Advance(TimeSpan.FromSeconds(9));
        Assert.Equal(0, count);
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, count);

        timer.Change(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
        timer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        _time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, count);
    }

    [Fact]
    public void Dispose_StopsTheTimerAndRefusesChange()
    {
        var count = 0;
        var timer = _time.CreateTimer(_ => count++, null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));

        timer.Dispose();
        _time.Advance(TimeSpan.FromSeconds(10));

        Assert.Equal(0, count);
        Assert.False(timer.Change(TimeSpan.Zero, TimeSpan.Zero));
        Assert.Equal(0, _time.ActiveTimers);
    }

    [Fact]
    public void CreateTimer_CallbackChangesItsOwnTimer_TakesEffectInTheSameAdvance()
    {
        var fired = new List<DateTimeOffset>();
        ITimer? timer = null;
        timer = _time.CreateTimer(_ => { fired.Add(_time.GetUtcNow()); timer!.Change(TimeSpan.FromSeconds(3), Timeout.InfiniteTimeSpan); }, null, TimeSpan.FromSeconds(1), Timeout.InfiniteTimeSpan);

        _time.Advance(TimeSpan.FromSeconds(8));

        Assert.Equal([Start.AddSeconds(1), Start.AddSeconds(4), Start.AddSeconds(7)], fired);
        timer.Dispose();
    }

    [Fact]
    public void CreateTimer_NegativeDueTime_ThrowsNamingIt()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => _time.CreateTimer(_ => { }, null, TimeSpan.FromSeconds(-2), Timeout.InfiniteTimeSpan));

        Assert.Equal("dueTime", error.ParamName);
    }

    [Fact]
    public async Task Delay_OnTheProvider_CompletesWhenAdvanced()
    {
        var delay = Task.Delay(TimeSpan.FromMinutes(15), _time);

        _time.Advance(TimeSpan.FromMinutes(14));
        Assert.False(delay.IsCompleted);
        _time.Advance(TimeSpan.FromMinutes(1));

        await delay;
        Assert.True(delay.IsCompletedSuccessfully);
    }
}
