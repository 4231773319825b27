using System.Diagnostics.Metrics;
using Inkan.Silo.Diagnostics;

namespace Inkan.Benchmarks.Storage;

/// <summary>Counts the batches and their writes reported by one <see cref="SiloMetrics"/>, to print the batch sizes an iteration reached.</summary>
public sealed class BatchSizeRecorder : IDisposable
{
    private readonly MeterListener _listener = new();
    private long _batches;
    private long _writes;
    private long _max;

    public BatchSizeRecorder(SiloMetrics metrics)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument == metrics.BatchSize)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, size, _, _) =>
        {
            Interlocked.Increment(ref _batches);
            Interlocked.Add(ref _writes, size);
            long max;
            while (size > (max = Interlocked.Read(ref _max)) && Interlocked.CompareExchange(ref _max, size, max) != max)
            {
            }
        });
        _listener.Start();
    }

    /// <summary>"batches N, mean size M, max X" since the last call, and starts counting anew.</summary>
    public string TakeSummary()
    {
        var batches = Interlocked.Exchange(ref _batches, 0);
        var writes = Interlocked.Exchange(ref _writes, 0);
        var max = Interlocked.Exchange(ref _max, 0);
        return $"batches {batches}, writes {writes}, mean batch size {(batches == 0 ? 0 : writes / (double)batches):0.0}, max {max}";
    }

    public void Dispose() => _listener.Dispose();
}
