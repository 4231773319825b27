using Inkan.TestSupport;

namespace Inkan.Silo.Tests.Hosting;

/// <summary>
/// A <see cref="ManualTimeProvider"/> that can hold one thread inside its next <see cref="GetTimestamp"/>: the runtime
/// reads the clock when it times a call that must queue, so a test can stop a caller between its look at the activation
/// and its enqueue.
/// </summary>
public sealed class StallingClock : TimeProvider
{
    private readonly ManualTimeProvider _inner = new();
    private readonly ManualResetEventSlim _resume = new();
    private Thread? _armed;

    /// <summary>Set once the armed thread waits inside the clock.</summary>
    public ManualResetEventSlim Stalled { get; } = new();

    /// <inheritdoc />
    public override long TimestampFrequency => _inner.TimestampFrequency;

    /// <inheritdoc />
    public override TimeZoneInfo LocalTimeZone => _inner.LocalTimeZone;

    /// <summary>Holds the calling thread in its next clock reading, until <see cref="Resume"/>.</summary>
    public void StallNextReadingOnThisThread() => Volatile.Write(ref _armed, Thread.CurrentThread);

    /// <summary>Lets the held thread go on.</summary>
    public void Resume() => _resume.Set();

    /// <inheritdoc />
    public override long GetTimestamp()
    {
        if (ReferenceEquals(Volatile.Read(ref _armed), Thread.CurrentThread))
        {
            Volatile.Write(ref _armed, null);
            Stalled.Set();
            _resume.Wait(TimeSpan.FromSeconds(30));
        }

        return _inner.GetTimestamp();
    }

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => _inner.GetUtcNow();

    /// <inheritdoc />
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        => _inner.CreateTimer(callback, state, dueTime, period);
}
