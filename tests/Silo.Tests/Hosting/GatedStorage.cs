using Inkan.Silo.Storage;

namespace Inkan.Silo.Tests.Hosting;

/// <summary>
/// Wraps a storage; while closed it holds writes back (those <see cref="Holds"/> picks, all by default; it submits them
/// in order on <see cref="Release"/>, or fails them on <see cref="FailHeld"/>), and <see cref="FailNext"/> fails the next
/// write: makes "the answer waits until the write is durable" observable.
/// </summary>
public sealed class GatedStorage(IGrainStorage inner) : IGrainStorage
{
    private readonly List<(StateWrite Write, TaskCompletionSource<long> Done)> _held = [];
    private bool _closed;
    private Exception? _failNext;
    private Func<StateWrite, bool> _failWhich = _ => true;

    public int WritesSeen;

    public int ReadsSeen;

    /// <summary>Which writes the closed gate holds back.</summary>
    public Func<StateWrite, bool> Holds { get; set; } = _ => true;

    /// <summary>How many writes the gate holds now.</summary>
    public int Held
    {
        get
        {
            lock (_held)
            {
                return _held.Count;
            }
        }
    }

    /// <summary>Whether to pose as storage that other nodes write too; by default, whatever the inner storage is.</summary>
    public bool? Shared { get; set; }

    public void Close()
    {
        lock (_held)
        {
            _closed = true;
        }
    }

    public void Release()
    {
        lock (_held)
        {
            _closed = false;
            foreach (var (write, done) in _held)
            {
                inner.WriteAsync(write).ContinueWith(
                    task =>
                    {
                        if (task.IsCompletedSuccessfully)
                        {
                            done.SetResult(task.Result);
                        }
                        else
                        {
                            done.SetException(task.Exception!.InnerExceptions);
                        }
                    },
                    TaskScheduler.Default);
            }

            _held.Clear();
        }
    }

    /// <summary>Opens the gate and fails every write it held with <paramref name="exception"/>, as a stalled storage that gives up would.</summary>
    public void FailHeld(Exception exception)
    {
        lock (_held)
        {
            _closed = false;
            foreach (var (write, done) in _held)
            {
                write.Sequence.Fail(exception);
                done.SetException(exception);
            }

            _held.Clear();
        }
    }

    /// <summary>Fails the next write (of those <paramref name="which"/> picks, by default any) with <paramref name="exception"/>.</summary>
    public void FailNext(Exception exception, Func<StateWrite, bool>? which = null)
    {
        _failWhich = which ?? (_ => true);
        _failNext = exception;
    }

    public Task InitializeAsync(CancellationToken cancellationToken) => inner.InitializeAsync(cancellationToken);

    public bool IsShared => Shared ?? inner.IsShared;

    public Task<StoredState> ReadAsync(string stateType, string key, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref ReadsSeen);
        return inner.ReadAsync(stateType, key, cancellationToken);
    }

    public Task<long> WriteAsync(StateWrite write)
    {
        Interlocked.Increment(ref WritesSeen);
        if (_failNext is not null && _failWhich(write) && Interlocked.Exchange(ref _failNext, null) is { } failure)
        {
            write.Sequence.Fail(failure);
            return Task.FromException<long>(failure);
        }

        lock (_held)
        {
            if (_closed && Holds(write))
            {
                var done = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
                _held.Add((write, done));
                return done.Task;
            }
        }

        return inner.WriteAsync(write);
    }

    public Task<IReadOnlyList<LogEntry>> ReadLogAsync(string log, long afterId, int maxCount, CancellationToken cancellationToken)
        => inner.ReadLogAsync(log, afterId, maxCount, cancellationToken);

    public Task<IReadOnlyList<LogEntry>> ReadLogTailAsync(string log, int maxCount, CancellationToken cancellationToken)
        => inner.ReadLogTailAsync(log, maxCount, cancellationToken);

    public ValueTask DisposeAsync() => inner.DisposeAsync();
}
