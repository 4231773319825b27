using Microsoft.Extensions.Logging;

namespace Inkan.Silo.Runtime;

/// <summary>
/// A grain timer: each tick is queued as a turn of the activation, and a tick is skipped while the
/// previous one is still queued or running, so ticks never overlap and never pile up.
/// </summary>
internal sealed class GrainTimer : IDisposable
{
    private readonly Activation _activation;
    private readonly Func<CancellationToken, Task> _callback;
    private readonly ITimer _timer;
    private readonly CancellationTokenSource _disposed = new();
    private int _tickQueued;

    public GrainTimer(Activation activation, Func<CancellationToken, Task> callback, TimeSpan dueTime, TimeSpan period)
    {
        _activation = activation;
        _callback = callback;
        _timer = activation.Runtime.TimeProvider.CreateTimer(static state => ((GrainTimer)state!).OnTick(), this, dueTime, period);
    }

    public bool IsDisposed => _disposed.IsCancellationRequested;

    private void OnTick()
    {
        if (IsDisposed || Interlocked.CompareExchange(ref _tickQueued, 1, 0) != 0)
        {
            return;
        }

        _activation.EnqueueTimerTick(new TimerTick(this, _activation.GrainId));
    }

    internal async Task InvokeCallbackAsync()
    {
        if (IsDisposed)
        {
            return;
        }

        try
        {
            await _callback(_disposed.Token);
        }
        catch (OperationCanceledException) when (IsDisposed)
        {
            // Cancelled through its own token: the timer was disposed while the callback ran.
        }
        catch (Exception exception)
        {
            // Even after the callback disposed its own timer: an exception must never end the activation's drain loop.
            _activation.Runtime.Logger.LogError(exception, "Timer callback of {Grain} failed", _activation.GrainId);
        }
    }

    internal void TickDone() => Volatile.Write(ref _tickQueued, 0);

    public void Dispose()
    {
        if (!IsDisposed)
        {
            _disposed.Cancel();
            _timer.Dispose();
        }
    }
}
