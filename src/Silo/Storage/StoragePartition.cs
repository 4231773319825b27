namespace Inkan.Silo.Storage;

/// <summary>
/// One partition of a <see cref="BatchingGrainStorage"/>: a queue and the dedicated thread that takes what has
/// queued, forms a batch, has the provider commit it, and completes the writers.
/// </summary>
internal sealed class StoragePartition(int index, int maxBatchSize, Action<int, BatchBuilder> commit)
{
    private readonly WriteQueue _queue = new();
    private readonly BatchBuilder _builder = new();
    private readonly TaskCompletionSource _stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Thread? _thread;

    /// <summary>Completes once the partition has drained its queue after <see cref="Close"/>.</summary>
    public Task Stopped => _stopped.Task;

    public bool TryEnqueue(PendingWrite write) => _queue.TryEnqueue(write);

    public void Start()
    {
        _thread = new Thread(Run) { IsBackground = true, Name = $"Inkan storage writer {index}" };
        _thread.Start();
    }

    public void Close()
    {
        _queue.Close();
        if (_thread is null)
        {
            _stopped.TrySetResult();
        }
    }

    public void Hold(bool held) => _queue.Hold(held);

    private void Run()
    {
        var taken = new List<PendingWrite>();
        while (_queue.Take(ref taken, maxBatchSize - _builder.CarryCount, block: _builder.CarryCount == 0) || _builder.CarryCount > 0)
        {
            _builder.Build(taken);
            taken.Clear();
            if (_builder.Rows.Count > 0)
            {
                CommitOrFail();
            }

            _builder.Recycle();
        }

        _stopped.TrySetResult();
    }

    private void CommitOrFail()
    {
        try
        {
            commit(index, _builder);
        }
#pragma warning disable CA1031 // A bug must fail the batch's writers, not strand them with a dead writer thread.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            foreach (var row in _builder.Rows)
            {
                row.Fail(ex);
            }
        }
    }
}
