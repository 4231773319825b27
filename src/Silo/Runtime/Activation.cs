using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Inkan.Silo.Runtime;

/// <summary>
/// One live instance of a grain: its grain object, its mailbox and its lifecycle. Runs one turn at a
/// time in arrival order. A caller that finds the activation idle with an empty mailbox runs its turn
/// inline (no queue, no thread hop); everyone else queues, and the mailbox is drained on the thread pool.
/// </summary>
/// <remarks>
/// <c>_running</c> is the "scheduled" flag: whoever sets it 0→1 owns the activation (runs a turn, the
/// drain loop, activation or deactivation) until it clears it. A queuer enqueues first and then tries to
/// take the flag, and the owner clears the flag first and then re-checks the queue, so no item is stranded.
/// </remarks>
internal sealed partial class Activation : IThreadPoolWorkItem
{
    private const int TurnsPerDrain = 256;

    private readonly ConcurrentQueue<WorkItem> _queue = new();
    private readonly GrainClass _grainClass;
    private readonly TaskCompletionSource _dead = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile ActivationStatus _status;
    private int _running;
    private Grain? _grain;
    private volatile WorkItem? _current;

    // Dequeued by the drain loop just as the activation stopped being valid: forwarded ahead of the calls still queued.
    private volatile WorkItem? _forwardFirst;

    public Activation(GrainRuntime runtime, GrainClass grainClass, GrainId grainId)
    {
        Runtime = runtime;
        _grainClass = grainClass;
        GrainId = grainId;
    }

    public GrainRuntime Runtime { get; }

    public GrainId GrainId { get; }

    public object GrainObject => _grain!;

    /// <summary>Whether callers must look up a fresh activation instead of this one.</summary>
    public bool IsDefunct => _status >= ActivationStatus.Deactivating;

    /// <summary>Completes when the activation is gone and its leftover calls are forwarded.</summary>
    public Task Dead => _dead.Task;

    /// <summary>The collector's tick when the last turn began (or the activation did): idle since then.</summary>
    internal long LastTurnTick { get; set; }

    /// <summary>The collector's bucket this activation waits in; only the collector reads and changes it, under its lock.</summary>
    internal long CollectionTick { get; set; } = ActivationCollector.Unscheduled;

    /// <summary>Turns finished so far; only the owner of the activation changes it.</summary>
    internal long CompletedTurns { get; private set; }

    internal TimeSpan AgeLimit => _grainClass.AgeLimit;

    public ValueTask<TResult> Invoke<TGrain, TRequest, TResult>(GrainReference reference, TRequest request)
        where TGrain : class, IGrain
        where TRequest : struct, IGrainRequest<TGrain, TResult>
    {
        if (_status == ActivationStatus.Valid && _queue.IsEmpty && Interlocked.CompareExchange(ref _running, 1, 0) == 0)
        {
            if (_status == ActivationStatus.Valid)
            {
                return InvokeInline<TGrain, TRequest, TResult>(request);
            }

            // Lost a race with deactivation: the owner's duty passes to the drain loop.
            ScheduleDrain();
        }

        if (IsDefunct)
        {
            return Runtime.InvokeAfterDeactivationAsync<TGrain, TRequest, TResult>(this, reference, request);
        }

        var item = new RequestWorkItem<TGrain, TRequest, TResult>(GrainId, request, Runtime.CallTimestamp());
        Enqueue(item);
        return item.Task;
    }

    private ValueTask<TResult> InvokeInline<TGrain, TRequest, TResult>(TRequest request)
        where TGrain : class, IGrain
        where TRequest : struct, IGrainRequest<TGrain, TResult>
    {
        var started = Runtime.CallTimestamp();
        LastTurnTick = Runtime.CurrentTick;
        ValueTask<TResult> turn;
        try
        {
            turn = request.Invoke((TGrain)GrainObject);
        }
        catch (Exception exception)
        {
            turn = ValueTask.FromException<TResult>(exception);
        }

        if (turn.IsCompleted)
        {
            var durable = PendingWrites;
            if (durable is null || durable.IsCompletedSuccessfully)
            {
                EndTurn();
                RunDueSideEffects();
                Runtime.RecordCall(started);
                return turn;
            }

            // An error answer waits too: it may rest on state that earlier turns wrote and a crash could still lose.
            // Held, the answer becomes a promise the response timeout can fail.
            var held = new RequestWorkItem<TGrain, TRequest, TResult>(GrainId, request, started) { StartTick = Runtime.CurrentTick };
            held.AnswerWhenDurable(this, turn);
            EndTurn();
            return held.Task;
        }

        // The turn awaits something: make it a promise the response timeout can fail.
        var item = new RequestWorkItem<TGrain, TRequest, TResult>(GrainId, request, started) { StartTick = Runtime.CurrentTick };
        _current = item;
        WatchForLateCalls();
        _ = FinishInlineTurnAsync(item, turn);
        return item.Task;
    }

    private async Task FinishInlineTurnAsync<TGrain, TRequest, TResult>(RequestWorkItem<TGrain, TRequest, TResult> item, ValueTask<TResult> turn)
        where TGrain : class, IGrain
        where TRequest : struct, IGrainRequest<TGrain, TResult>
    {
        await item.AwaitTurnAsync(this, turn);
        _current = null;
        EndTurn();
    }

    private void Enqueue(WorkItem item)
    {
        item.StartTick = Runtime.CurrentTick;
        _queue.Enqueue(item);
        WatchForLateCalls();
        if (Interlocked.CompareExchange(ref _running, 1, 0) == 0)
        {
            ScheduleDrain();
        }

        if (_status == ActivationStatus.Dead)
        {
            // Queued after the final sweep of a dead activation: forward it ourselves.
            ForwardLeftovers();
        }
    }

    /// <summary>Queues a call forwarded from a dead activation; false if this one is going away too.</summary>
    internal bool TryAccept(WorkItem item)
    {
        if (IsDefunct)
        {
            return false;
        }

        Enqueue(item);
        return true;
    }

    internal void EnqueueTimerTick(TimerTick tick)
    {
        // A timer registered in OnActivateAsync may fall due before activation ends: its tick runs right after.
        if (_status is ActivationStatus.Created or ActivationStatus.Valid)
        {
            Enqueue(tick);
        }
        else
        {
            tick.Fail(new InvalidOperationException("The activation is not valid."));
        }
    }

    /// <summary>Ends a turn that ran outside the drain loop, handing on whatever is waiting.</summary>
    private void EndTurn()
    {
        CompletedTurns++;
        if (_status != ActivationStatus.Valid || DeactivationRequested)
        {
            ScheduleDrain();
            return;
        }

        Volatile.Write(ref _running, 0);
        Interlocked.MemoryBarrier();
        if (!_queue.IsEmpty && Interlocked.CompareExchange(ref _running, 1, 0) == 0)
        {
            ScheduleDrain();
        }
    }

    private void ScheduleDrain() => ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);

    void IThreadPoolWorkItem.Execute() => _ = DrainAsync();

    private async Task DrainAsync()
    {
        if (_status == ActivationStatus.Created && !await ActivateAsync())
        {
            return;
        }

        for (var turns = 0; ; turns++)
        {
            if (_status != ActivationStatus.Valid || (DeactivationRequested && !DrainsBeforeDeactivation))
            {
                await DeactivateAsync();
                return;
            }

            if (turns == TurnsPerDrain)
            {
                // Let other activations have the thread; we keep ownership.
                ScheduleDrain();
                return;
            }

            if (!_queue.TryDequeue(out var item))
            {
                Volatile.Write(ref _running, 0);
                Interlocked.MemoryBarrier();
                if ((!_queue.IsEmpty || DeactivationRequested) && Interlocked.CompareExchange(ref _running, 1, 0) == 0)
                {
                    continue;
                }

                return;
            }

            if (item.IsCompleted)
            {
                continue;
            }

            if (_status != ActivationStatus.Valid)
            {
                // A write failed since the check above: the state is ahead of storage, so the item runs on a fresh activation.
                _forwardFirst = item;
                continue;
            }

            LastTurnTick = Runtime.CurrentTick;
            _current = item;
            var turn = item.ExecuteAsync(this);
            if (!turn.IsCompleted)
            {
                // A pass that looked between the dequeue and _current may have stopped watching: a long turn is watched.
                WatchForLateCalls();
            }

            try
            {
                await turn;
            }
            catch (Exception exception)
            {
                // Work items answer their callers themselves; one that throws anyway must not leave the activation owned for ever.
                Runtime.Logger.LogError(exception, "A turn of {Grain} ({Method}) failed outside its answer", GrainId, item.MethodName);
            }

            _current = null;
            CompletedTurns++;
        }
    }
}
