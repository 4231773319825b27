namespace Inkan.Grains.Hosting;

/// <summary>
/// Wakes a relay when a grain has stored a log entry for it, so the entry leaves at once instead of at the
/// relay's next poll. A grain calls <c>RunWhenDurable(signal.Notify)</c> after its write. One per process (a singleton).
/// </summary>
public abstract class WakeSignal
{
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once <see cref="Notify"/> is called after this property was read; read it before looking at the log.</summary>
    public Task Next => Volatile.Read(ref _next).Task;

    /// <summary>Says that new log entries are durable.</summary>
    public void Notify() =>
        Interlocked.Exchange(ref _next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
}
