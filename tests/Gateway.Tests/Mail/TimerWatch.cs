using Inkan.TestSupport;

namespace Inkan.Gateway.Tests.Mail;

/// <summary>
/// A <see cref="ManualTimeProvider"/> that also lets a test wait until code under test is waiting: it counts the
/// one-shot timers (<c>Task.Delay</c>) of each length that are armed and have neither fired nor been disposed.
/// </summary>
public sealed class TimerWatch(ManualTimeProvider clock) : TimeProvider
{
    private readonly object _gate = new();
    private readonly Dictionary<TimeSpan, int> _pending = [];
    private readonly Dictionary<TimeSpan, long> _armed = [];
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TimerWatch()
        : this(new ManualTimeProvider(new DateTimeOffset(2016, 5, 16, 1, 0, 0, TimeSpan.Zero)))
    {
    }

    public ManualTimeProvider Clock => clock;

    public override TimeZoneInfo LocalTimeZone => clock.LocalTimeZone;

    public override long TimestampFrequency => clock.TimestampFrequency;

    public override DateTimeOffset GetUtcNow() => clock.GetUtcNow();

    public override long GetTimestamp() => clock.GetTimestamp();

    public void Advance(TimeSpan delta) => clock.Advance(delta);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (period != Timeout.InfiniteTimeSpan || dueTime == Timeout.InfiniteTimeSpan)
        {
            return clock.CreateTimer(callback, state, dueTime, period);
        }

        var done = 0;
        void Finish()
        {
            if (Interlocked.Exchange(ref done, 1) == 0)
            {
                Count(dueTime, -1);
            }
        }

        Count(dueTime, +1);
        var inner = clock.CreateTimer(s => { Finish(); callback(s); }, state, dueTime, period);
        return new Watched(inner, Finish);
    }

    /// <summary>How many one-shot timers of length <paramref name="dueTime"/> were ever armed.</summary>
    public long Armed(TimeSpan dueTime)
    {
        lock (_gate)
        {
            return _armed.GetValueOrDefault(dueTime);
        }
    }

    /// <summary>
    /// Waits until exactly <paramref name="count"/> one-shot timers of length <paramref name="dueTime"/> are armed and
    /// at least <paramref name="armedAtLeast"/> were ever armed (to wait for a timer armed after some point).
    /// </summary>
    public async Task WaitForPendingAsync(TimeSpan dueTime, int count = 1, long armedAtLeast = 0)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                if (_pending.GetValueOrDefault(dueTime) == count && _armed.GetValueOrDefault(dueTime) >= armedAtLeast)
                {
                    return;
                }

                changed = _changed.Task;
            }

            try
            {
                await changed.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"{_pending.GetValueOrDefault(dueTime)} timers of {dueTime} are armed, not {count}.");
            }
        }
    }

    private void Count(TimeSpan dueTime, int delta)
    {
        TaskCompletionSource changed;
        lock (_gate)
        {
            _pending[dueTime] = _pending.GetValueOrDefault(dueTime) + delta;
            if (delta > 0)
            {
                _armed[dueTime] = _armed.GetValueOrDefault(dueTime) + 1;
            }

            changed = _changed;
            _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        changed.TrySetResult();
    }

    private sealed class Watched(ITimer inner, Action finish) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => inner.Change(dueTime, period);

        public void Dispose()
        {
            finish();
            inner.Dispose();
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return default;
        }
    }
}
