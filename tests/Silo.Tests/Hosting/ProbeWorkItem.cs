using Inkan.Silo.Runtime;

namespace Inkan.Silo.Tests.Hosting;

/// <summary>
/// A work item that runs <paramref name="onFirstLook"/> when an activation first looks at it, which the drain loop does
/// right after dequeuing it, and records the activation it runs on: puts a test between a dequeue and its turn.
/// </summary>
internal sealed class ProbeWorkItem(GrainId target, Action onFirstLook) : WorkItem
{
    private readonly TaskCompletionSource<Activation> _ran = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _looked;

    /// <summary>Completes with the activation the item ran on, or fails with what failed the item.</summary>
    public Task<Activation> Ran => _ran.Task;

    public override bool IsCompleted
    {
        get
        {
            if (Interlocked.Exchange(ref _looked, 1) == 0)
            {
                onFirstLook();
            }

            return _ran.Task.IsCompleted;
        }
    }

    public override GrainId Target => target;

    public override string MethodName => "probe";

    public override ValueTask ExecuteAsync(Activation activation)
    {
        _ran.TrySetResult(activation);
        return default;
    }

    public override void Fail(Exception exception) => _ran.TrySetException(exception);
}
