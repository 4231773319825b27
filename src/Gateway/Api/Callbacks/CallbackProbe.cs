namespace Inkan.Gateway.Api.Callbacks;

/// <summary>
/// A receiver's health as its callbacks find it. Healthy, its POSTs go without waiting here; suspect (its last attempt
/// failed: timed out, answered an error status, refused the connection), it gets one POST at a time, the probe, until
/// an attempt succeeds, so one that hangs holds a single POST slot while its other callbacks wait here holding none.
/// </summary>
public sealed class CallbackProbe
{
    // Never disposed: it holds no wait handle.
    private readonly SemaphoreSlim _probe = new(1, 1);
    private bool _suspect;

    /// <summary>Whether the last attempt that ended failed: a POST then needs the probe.</summary>
    public bool IsSuspect => Volatile.Read(ref _suspect);

    /// <summary>
    /// Waits for the probe: true when the caller holds it and must <see cref="Release"/> it, false when the receiver
    /// turned healthy meanwhile and the caller may POST without it.
    /// </summary>
    public async Task<bool> WaitAsync(CancellationToken cancellationToken)
    {
        await _probe.WaitAsync(cancellationToken);
        if (IsSuspect)
        {
            return true;
        }

        // Each waiter passes the probe on at once, so the callbacks that queued here all go together again.
        _probe.Release();
        return false;
    }

    /// <summary>Gives the probe up.</summary>
    public void Release() => _probe.Release();

    /// <summary>Records how a POST ended: a failure makes the receiver suspect, a success healthy.</summary>
    public void Attempted(bool succeeded) => Volatile.Write(ref _suspect, !succeeded);
}
