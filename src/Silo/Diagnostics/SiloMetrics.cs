using System.Diagnostics.Metrics;

namespace Inkan.Silo.Diagnostics;

/// <summary>
/// The silo's instruments on the meter <c>Inkan.Silo</c>: activations, calls, call latency,
/// storage batch sizes and version conflicts.
/// </summary>
public sealed class SiloMetrics : IDisposable
{
    /// <summary>The meter's name, for listeners and exporters.</summary>
    public const string MeterName = "Inkan.Silo";

    private readonly Meter _meter;

    /// <summary>Creates the instruments on a meter from <paramref name="meterFactory"/>, or a private meter.</summary>
    public SiloMetrics(IMeterFactory? meterFactory = null)
    {
        _meter = meterFactory?.Create(MeterName) ?? new Meter(MeterName);
        Activations = _meter.CreateUpDownCounter<long>("inkan.silo.activations", description: "Live grain activations.");
        ActivationsCreated = _meter.CreateCounter<long>("inkan.silo.activations.created", description: "Activations created.");
        Calls = _meter.CreateCounter<long>("inkan.silo.calls", description: "Grain calls completed.");
        CallDuration = _meter.CreateHistogram<double>("inkan.silo.call.duration", unit: "ms", description: "Grain call latency, from the call to its answer.");
        CallTimeouts = _meter.CreateCounter<long>("inkan.silo.call.timeouts", description: "Grain calls that hit the response timeout.");
        BatchSize = _meter.CreateHistogram<long>("inkan.silo.storage.batch.size", description: "State writes committed in one database transaction.");
        ReadBatchSize = _meter.CreateHistogram<long>("inkan.silo.storage.read.batch.size", description: "State reads answered by one query (PostgreSQL).");
        Writes = _meter.CreateCounter<long>("inkan.silo.storage.writes", description: "State writes committed.");
        Conflicts = _meter.CreateCounter<long>("inkan.silo.storage.conflicts", description: "State writes refused for a version conflict.");
    }

    /// <summary>The meter the instruments belong to (several silos in one process each have their own).</summary>
    internal Meter Meter => _meter;

    /// <summary>State reads answered by one query.</summary>
    public Histogram<long> ReadBatchSize { get; }

    /// <summary>Live activations.</summary>
    public UpDownCounter<long> Activations { get; }

    /// <summary>Activations created.</summary>
    public Counter<long> ActivationsCreated { get; }

    /// <summary>Grain calls completed.</summary>
    public Counter<long> Calls { get; }

    /// <summary>Call latency in milliseconds (recorded only while someone listens).</summary>
    public Histogram<double> CallDuration { get; }

    /// <summary>Calls that timed out.</summary>
    public Counter<long> CallTimeouts { get; }

    /// <summary>Writes per committed batch.</summary>
    public Histogram<long> BatchSize { get; }

    /// <summary>Writes committed.</summary>
    public Counter<long> Writes { get; }

    /// <summary>Writes refused for a version conflict.</summary>
    public Counter<long> Conflicts { get; }

    /// <inheritdoc />
    public void Dispose() => _meter.Dispose();
}
