using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Inkan.Silo.Diagnostics;

namespace Inkan.Silo.Tests.Storage;

/// <summary>Listens to one <see cref="SiloMetrics"/> instance's storage instruments: batch sizes (writes and reads), writes, conflicts.</summary>
public sealed class BatchMetrics : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentQueue<long> _batchSizes = new();
    private readonly ConcurrentQueue<long> _readBatchSizes = new();
    private long _writes;
    private long _conflicts;

    public BatchMetrics(SiloMetrics metrics)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument == metrics.BatchSize || instrument == metrics.ReadBatchSize || instrument == metrics.Writes || instrument == metrics.Conflicts)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, _, _) =>
        {
            if (instrument == metrics.BatchSize)
            {
                _batchSizes.Enqueue(value);
            }
            else if (instrument == metrics.ReadBatchSize)
            {
                _readBatchSizes.Enqueue(value);
            }
            else if (instrument == metrics.Writes)
            {
                Interlocked.Add(ref _writes, value);
            }
            else
            {
                Interlocked.Add(ref _conflicts, value);
            }
        });
        _listener.Start();
    }

    /// <summary>The size of each batch committed so far, in commit order.</summary>
    public long[] BatchSizes => [.. _batchSizes];

    /// <summary>The number of reads each read query answered, in the order the queries were sent.</summary>
    public long[] ReadBatchSizes => [.. _readBatchSizes];

    public long Writes => Interlocked.Read(ref _writes);

    public long Conflicts => Interlocked.Read(ref _conflicts);

    public void Dispose() => _listener.Dispose();
}
