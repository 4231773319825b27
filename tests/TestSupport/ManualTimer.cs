namespace Inkan.TestSupport;

/// <summary>A timer of a <see cref="ManualTimeProvider"/>: fires when the provider's clock passes its due time.</summary>
internal sealed class ManualTimer(ManualTimeProvider provider, TimerCallback callback, object? state) : ITimer
{
    private bool _disposed;

    /// <summary>When the timer fires next (guarded by the provider's lock).</summary>
    public DateTimeOffset Due { get; set; }

    /// <summary>The period, or null for a one-shot timer.</summary>
    public TimeSpan? Period { get; set; }

    /// <summary>Creation order among timers due at the same time.</summary>
    public long Order { get; set; }

    public bool Change(TimeSpan dueTime, TimeSpan period)
    {
        if (Volatile.Read(ref _disposed))
        {
            return false;
        }

        provider.Schedule(this, dueTime, period);
        return true;
    }

    public void Fire() => callback(state);

    public void Dispose()
    {
        Volatile.Write(ref _disposed, true);
        provider.Remove(this);
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return default;
    }
}
