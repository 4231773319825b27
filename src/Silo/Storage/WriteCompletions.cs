namespace Inkan.Silo.Storage;

/// <summary>
/// The writes whose outcome a writer thread decided, published on the thread pool in chunks once the batch is
/// done: a batch of hundreds of writes costs a few work items instead of one thread hop per write, and the
/// writer thread is back at the next batch at once.
/// </summary>
internal sealed class WriteCompletions
{
    private const int ChunkSize = 32;

    private readonly List<PendingWrite> _decided = [];

    public void Add(PendingWrite write) => _decided.Add(write);

    /// <summary>Hands every decided write to the thread pool for publishing and starts over.</summary>
    public void Dispatch()
    {
        if (_decided.Count == 0)
        {
            return;
        }

        var writes = _decided.ToArray();
        _decided.Clear();
        for (var start = 0; start < writes.Length; start += ChunkSize)
        {
            ThreadPool.UnsafeQueueUserWorkItem(new Chunk(writes, start, Math.Min(start + ChunkSize, writes.Length)), preferLocal: false);
        }
    }

    private sealed class Chunk(PendingWrite[] writes, int start, int end) : IThreadPoolWorkItem
    {
        public void Execute()
        {
            for (var i = start; i < end; i++)
            {
                writes[i].Publish();
            }
        }
    }
}
