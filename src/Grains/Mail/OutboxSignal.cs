namespace Inkan.Grains.Mail;

/// <summary>
/// Wakes the mail relay when a grain has stored an outbox entry, so an OTP mail leaves at once instead of at the
/// relay's next poll. A grain calls <c>RunWhenDurable(signal.Notify)</c> after its write. One per process (a singleton).
/// </summary>
public sealed class OutboxSignal
{
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once <see cref="Notify"/> is called after this property was read; read it before looking at the outbox.</summary>
    public Task Next => Volatile.Read(ref _next).Task;

    /// <summary>Says that new outbox entries are durable.</summary>
    public void Notify() =>
        Interlocked.Exchange(ref _next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
}
