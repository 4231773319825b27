using Inkan.Silo.Storage;
using Microsoft.Extensions.Logging;

namespace Inkan.Silo.Runtime;

/// <summary>Activation, deactivation, state writes and timers of an activation.</summary>
internal sealed partial class Activation
{
    private readonly List<IActivationState> _states = [];
    private readonly Lock _writesLock = new();
    private List<GrainTimer>? _timers;
    private Task? _pendingWrites;
    private WriteSequence? _pendingSequence;
    private List<(WriteSequence Sequence, Task Write)>? _pendingBySequence;
    private DeactivationReason _deactivationReason;
    private volatile bool _deactivationRequested;
    private int _writeFailed;
    private int _watched;
    private bool _activated;

    private bool DeactivationRequested => _deactivationRequested;

    // At shutdown the calls already queued still run here; otherwise they go to a fresh activation.
    private bool DrainsBeforeDeactivation => _deactivationReason == DeactivationReason.ShuttingDown && !_queue.IsEmpty;

    /// <summary>
    /// The state writes queued so far and not yet known durable (null when none). A turn's answer and its
    /// side effects wait for it.
    /// </summary>
    public Task? PendingWrites => _pendingWrites;

    internal void AddState(IActivationState state) => _states.Add(state);

    /// <summary>Loads the state, creates nothing twice, runs <see cref="Grain.OnActivateAsync"/>; false if it failed.</summary>
    private async Task<bool> ActivateAsync()
    {
        try
        {
            _grain = _grainClass.Create(Runtime.Services, this);
            _grain.Attach(this);
            foreach (var state in _states)
            {
                await state.LoadAsync(Runtime.StoppingToken);
            }

            await _grain.OnActivateAsync(Runtime.StoppingToken);
            _activated = true;
            _status = ActivationStatus.Valid;
            Runtime.OnActivated(this);
            return true;
        }
        catch (Exception exception)
        {
            Runtime.Logger.LogError(exception, "Activation of {Grain} failed", GrainId);
            Die(exception);
            return false;
        }
    }

    /// <summary>Asks for deactivation once the running turn is over; the queued calls go to a fresh activation.</summary>
    internal void RequestDeactivation(DeactivationReason reason = DeactivationReason.ApplicationRequested)
    {
        _deactivationReason = reason;
        _deactivationRequested = true;
        if (Interlocked.CompareExchange(ref _running, 1, 0) == 0)
        {
            ScheduleDrain();
        }
    }

    /// <summary>Deactivates if idle: nothing running, nothing queued. Called by the collector.</summary>
    internal bool TryCollect(DeactivationReason reason)
    {
        if (_status != ActivationStatus.Valid || !_queue.IsEmpty || Interlocked.CompareExchange(ref _running, 1, 0) != 0)
        {
            return false;
        }

        _deactivationReason = reason;
        _deactivationRequested = true;
        ScheduleDrain();
        return true;
    }

    private async Task DeactivateAsync()
    {
        _status = ActivationStatus.Deactivating;
        DisposeTimers();
        if (_activated)
        {
            try
            {
                await _grain!.OnDeactivateAsync(_deactivationReason, Runtime.StoppingToken);
            }
            catch (Exception exception)
            {
                Runtime.Logger.LogError(exception, "OnDeactivateAsync of {Grain} failed", GrainId);
            }
        }

        if (_pendingWrites is { } writes)
        {
            try
            {
                await writes;
            }
            catch (Exception exception)
            {
                Runtime.Logger.LogDebug(exception, "A pending write of {Grain} failed during deactivation", GrainId);
            }
        }

        Die(failure: null);
    }

    /// <summary>Leaves the directory and forwards (or, when activation failed, fails) the calls still queued.</summary>
    private void Die(Exception? failure)
    {
        DisposeTimers();
        _status = ActivationStatus.Dead;
        Interlocked.MemoryBarrier();
        Runtime.OnDead(this, _activated);
        if (failure is null)
        {
            ForwardLeftovers();
        }
        else
        {
            while (_queue.TryDequeue(out var item))
            {
                item.Fail(failure);
            }
        }

        _dead.TrySetResult();
    }

    private void ForwardLeftovers()
    {
        if (Interlocked.Exchange(ref _forwardFirst, null) is { IsCompleted: false } first)
        {
            Runtime.Forward(first);
        }

        while (_queue.TryDequeue(out var item))
        {
            if (!item.IsCompleted)
            {
                Runtime.Forward(item);
            }
        }
    }

    /// <summary>Records a queued write: later answers wait for it and its completion releases them; its failure deactivates the activation.</summary>
    internal void TrackWrite(Task write, WriteSequence sequence)
    {
        Task? joined = null;
        lock (_writesLock)
        {
            if (_pendingWrites is null || _pendingWrites.IsCompletedSuccessfully || (_pendingBySequence is null && ReferenceEquals(_pendingSequence, sequence)))
            {
                // One sequence commits in order (a write fails if an earlier one did), so its last write stands for all of it.
                _pendingWrites = write;
                _pendingSequence = sequence;
                _pendingBySequence = null;
            }
            else
            {
                // Writes of several states in flight: wait for the last write of each, or a failed one would go unnoticed.
                _pendingBySequence ??= [(_pendingSequence!, _pendingWrites)];
                _pendingBySequence.RemoveAll(pending => ReferenceEquals(pending.Sequence, sequence) || pending.Write.IsCompletedSuccessfully);
                _pendingBySequence.Add((sequence, write));
                _pendingWrites = _pendingBySequence.Count == 1 ? write : joined = Task.WhenAll(_pendingBySequence.Select(pending => pending.Write));
            }
        }

        write.ContinueWith(
            static (task, state) => ((Activation)state!).OnWriteCompleted(task),
            this,
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);

        // Answers held for several states' writes wait for all of them, which may complete after each write's own continuation.
        joined?.ContinueWith(
            static (_, state) => ((Activation)state!).ReleaseHeldAnswers(),
            this,
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }

    private void OnWriteCompleted(Task write)
    {
        if (write.Exception is { } failure)
        {
            OnWriteFailed(failure.InnerException!);
        }

        ReleaseHeldAnswers();
    }

    /// <summary>
    /// Takes the activation out of service after a failed write: the in-memory state is ahead of storage.
    /// Called before any answer that depended on the write is delivered, so the caller's next call
    /// already finds the activation defunct and goes to a fresh one that reloads.
    /// </summary>
    internal void OnWriteFailed(Exception exception)
    {
        if (Interlocked.Exchange(ref _writeFailed, 1) != 0)
        {
            return;
        }

        Runtime.Logger.LogWarning("A state write of {Grain} failed ({Error}); the activation is deactivated and will reload", GrainId, exception.Message);
        Runtime.BeforeWriteFailureTakesEffect?.Invoke(this);
        // This runs on the storage's thread, beside the owner: only a valid activation becomes deactivating, never a dead one.
        Interlocked.CompareExchange(ref _status, ActivationStatus.Deactivating, ActivationStatus.Valid);

        RequestDeactivation(DeactivationReason.InconsistentState);
    }

    internal IDisposable RegisterTimer(Func<CancellationToken, Task> callback, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new GrainTimer(this, callback, dueTime, period);
        (_timers ??= []).Add(timer);
        return timer;
    }

    private void DisposeTimers()
    {
        if (_timers is null)
        {
            return;
        }

        foreach (var timer in _timers)
        {
            timer.Dispose();
        }

        _timers = null;
    }

    private bool HasCalls => _current is not null || _forwardFirst is not null || !_queue.IsEmpty || HasHeldAnswers;

    /// <summary>Has the collector watch this activation for late calls, once, while it has queued, awaited or held calls.</summary>
    private void WatchForLateCalls()
    {
        if (Volatile.Read(ref _watched) == 0 && Interlocked.Exchange(ref _watched, 1) == 0)
        {
            Runtime.Collector.Watch(this);
        }
    }

    /// <summary>Whether the collector keeps watching: false once no call is left (a later call lists it again).</summary>
    internal bool KeepWatching()
    {
        if (HasCalls)
        {
            return true;
        }

        // A call that came meanwhile either saw the flag still set (then we see its call here) or lists it itself.
        Volatile.Write(ref _watched, 0);
        Interlocked.MemoryBarrier();
        return HasCalls && Interlocked.Exchange(ref _watched, 1) == 0;
    }

    /// <summary>Fails the calls that have waited longer than the response timeout. Called by the collector.</summary>
    internal void FailLateCalls(long oldestAllowedTick)
    {
        FailIfLate(_current, oldestAllowedTick);
        FailIfLate(_forwardFirst, oldestAllowedTick);
        FailLateHeldAnswers(oldestAllowedTick);
        if (_queue.IsEmpty)
        {
            return;
        }

        foreach (var item in _queue)
        {
            if (item.StartTick >= oldestAllowedTick)
            {
                break;
            }

            FailIfLate(item, oldestAllowedTick);
        }
    }

    private void FailIfLate(WorkItem? item, long oldestAllowedTick)
    {
        if (item is { HasCaller: true } && item.StartTick < oldestAllowedTick && !item.IsCompleted)
        {
            Runtime.FailLate(item);
        }
    }
}
