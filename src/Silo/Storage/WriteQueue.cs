namespace Inkan.Silo.Storage;

/// <summary>
/// The queue of one storage partition: many writers enqueue, its one writer thread takes everything queued
/// (up to a maximum) at once. Closing refuses new writes but lets the writer drain what is queued.
/// </summary>
internal sealed class WriteQueue
{
    private readonly object _gate = new();
    private List<PendingWrite> _items = [];
    private bool _closed;
    private bool _held;
    private bool _consumerWaiting;

    /// <summary>Queues <paramref name="write"/>; false once the queue is closed.</summary>
    public bool TryEnqueue(PendingWrite write)
    {
        lock (_gate)
        {
            if (_closed)
            {
                return false;
            }

            _items.Add(write);
            if (_consumerWaiting)
            {
                Monitor.Pulse(_gate);
            }

            return true;
        }
    }

    /// <summary>
    /// Moves up to <paramref name="max"/> queued writes into the empty list <paramref name="into"/>, waiting for one when
    /// <paramref name="block"/>. False once the queue is closed and empty.
    /// </summary>
    public bool Take(ref List<PendingWrite> into, int max, bool block)
    {
        lock (_gate)
        {
            while (!_closed && (_held || (block && _items.Count == 0)))
            {
                _consumerWaiting = true;
                Monitor.Wait(_gate);
                _consumerWaiting = false;
            }

            if (_items.Count == 0)
            {
                return !_closed;
            }

            if (_items.Count <= max)
            {
                (into, _items) = (_items, into);
            }
            else if (max > 0)
            {
                into.AddRange(_items.GetRange(0, max));
                _items.RemoveRange(0, max);
            }

            return true;
        }
    }

    /// <summary>Refuses new writes and wakes the writer to drain the rest.</summary>
    public void Close() => Signal(() => _closed = true);

    /// <summary>Holds the writer back (while open) so that writes queued meanwhile form one batch; for tests.</summary>
    public void Hold(bool held) => Signal(() => _held = held);

    private void Signal(Action change)
    {
        lock (_gate)
        {
            change();
            Monitor.PulseAll(_gate);
        }
    }
}
