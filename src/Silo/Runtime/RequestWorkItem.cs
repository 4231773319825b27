using System.Threading.Tasks.Sources;

namespace Inkan.Silo.Runtime;

/// <summary>
/// A call that could not run at once: it waits in the activation's queue, or it ran inline and
/// awaits something, or its answer waits for the writes of its turn. It is the caller's promise, answered
/// once: by the turn, once the writes queued so far are durable, or by the response timeout.
/// </summary>
internal sealed class RequestWorkItem<TGrain, TRequest, TResult>(GrainId target, TRequest request, long startTimestamp)
    : WorkItem, IValueTaskSource<TResult>
    where TGrain : class, IGrain
    where TRequest : struct, IGrainRequest<TGrain, TResult>
{
    private ManualResetValueTaskSourceCore<TResult> _promise = new() { RunContinuationsAsynchronously = true };
    private int _completed;
    private TResult _heldResult = default!;
    private Exception? _heldFailure;

    public override bool IsCompleted => Volatile.Read(ref _completed) != 0;

    public override GrainId Target => target;

    public override string MethodName => request.MethodName;

    public ValueTask<TResult> Task => new(this, _promise.Version);

    public override ValueTask ExecuteAsync(Activation activation)
    {
        ValueTask<TResult> turn;
        try
        {
            turn = request.Invoke((TGrain)activation.GrainObject);
        }
        catch (Exception exception)
        {
            FailWhenDurable(activation, exception);
            return default;
        }

        if (turn.IsCompleted)
        {
            AnswerWhenDurable(activation, turn);
            return default;
        }

        return AwaitTurnAsync(activation, turn);
    }

    /// <summary>Answers with the outcome of <paramref name="completedTurn"/> once the writes queued so far are durable.</summary>
    public void AnswerWhenDurable(Activation activation, ValueTask<TResult> completedTurn)
    {
        TResult result;
        try
        {
            result = completedTurn.GetAwaiter().GetResult();
        }
        catch (Exception exception)
        {
            FailWhenDurable(activation, exception);
            return;
        }

        AnswerWhenDurable(activation, result);
    }

    /// <summary>Adopts a turn that began inline and did not finish synchronously.</summary>
    public async ValueTask AwaitTurnAsync(Activation activation, ValueTask<TResult> turn)
    {
        TResult result;
        try
        {
            result = await turn;
        }
        catch (Exception exception)
        {
            FailWhenDurable(activation, exception);
            return;
        }

        AnswerWhenDurable(activation, result);
    }

    private void AnswerWhenDurable(Activation activation, TResult result) => AnswerWhenDurable(activation, result, null);

    // An error answer may rest on state that earlier turns wrote: it too waits until that is durable.
    private void FailWhenDurable(Activation activation, Exception exception) => AnswerWhenDurable(activation, default!, exception);

    private void AnswerWhenDurable(Activation activation, TResult result, Exception? failure)
    {
        var durable = activation.PendingWrites;
        if (durable is null || durable.IsCompletedSuccessfully)
        {
            Answer(activation, result, failure);
        }
        else
        {
            _heldResult = result;
            _heldFailure = failure;
            activation.HoldAnswer(this, durable);
        }
    }

    public override void Release(Activation activation, Task writes)
    {
        try
        {
            writes.GetAwaiter().GetResult();
        }
        catch (Exception exception)
        {
            activation.OnWriteFailed(exception);
            Fail(exception);
            return;
        }

        Answer(activation, _heldResult, _heldFailure);
    }

    private void Answer(Activation activation, TResult result, Exception? failure)
    {
        if (failure is null)
        {
            Succeed(activation, result);
        }
        else
        {
            Fail(failure);
        }
    }

    private void Succeed(Activation activation, TResult result)
    {
        if (Interlocked.Exchange(ref _completed, 1) == 0)
        {
            activation.RunDueSideEffects();
            activation.Runtime.RecordCall(startTimestamp);
            _promise.SetResult(result);
        }
    }

    public override void Fail(Exception exception)
    {
        if (Interlocked.Exchange(ref _completed, 1) == 0)
        {
            _promise.SetException(exception);
        }
    }

    TResult IValueTaskSource<TResult>.GetResult(short token) => _promise.GetResult(token);

    ValueTaskSourceStatus IValueTaskSource<TResult>.GetStatus(short token) => _promise.GetStatus(token);

    void IValueTaskSource<TResult>.OnCompleted(Action<object?> continuation, object? state, short token, ValueTaskSourceOnCompletedFlags flags)
        => _promise.OnCompleted(continuation, state, token, flags);
}
