using System.Collections.Concurrent;
using Inkan.Silo.Diagnostics;
using Inkan.Silo.Hosting;
using Inkan.Silo.Storage;
using Microsoft.Extensions.Logging;

namespace Inkan.Silo.Runtime;

/// <summary>
/// The silo's grain runtime: the directory of activations (one per grain), dispatch of calls to them,
/// and the collector that fails late calls and deactivates idle activations.
/// </summary>
public sealed partial class GrainRuntime : IGrainFactory
{
    private readonly ConcurrentDictionary<GrainId, Activation> _activations = new();
    private readonly GrainCatalog _catalog;
    private readonly SiloOptions _options;
    private readonly SiloMetrics _metrics;
    private readonly CancellationTokenSource _stopping = new();
    private readonly long _responseTimeoutTicks;
    private ITimer? _collectorTimer;
    private int _collecting;
    private long _tick;
    private long _started;
    private volatile bool _stopped;

    internal GrainRuntime(IServiceProvider services, IGrainStorage storage, GrainCatalog catalog, SiloOptions options, TimeProvider timeProvider, ILogger<GrainRuntime> logger, SiloMetrics metrics)
    {
        Services = services;
        Storage = storage;
        _catalog = catalog;
        _options = options;
        TimeProvider = timeProvider;
        Logger = logger;
        _metrics = metrics;
        _responseTimeoutTicks = TicksOf(options.ResponseTimeout);
    }

    internal IServiceProvider Services { get; }

    internal IGrainStorage Storage { get; }

    internal TimeProvider TimeProvider { get; }

    internal ILogger Logger { get; }

    internal CancellationToken StoppingToken => _stopping.Token;

    /// <summary>The collector's tick count: the runtime's coarse clock for timeouts and idleness.</summary>
    internal long CurrentTick => Volatile.Read(ref _tick);

    /// <summary>Whom the collector's passes visit: the activations due for an idleness check and those with calls.</summary>
    internal ActivationCollector Collector { get; } = new();

    /// <summary>How many activations the last collector pass visited (for tests and diagnostics).</summary>
    internal int LastPassVisits { get; private set; }

    /// <summary>
    /// For tests: runs on the thread that reports a failed write, just before the activation is taken out of service,
    /// so that a test can have the activation deactivate at that very moment.
    /// </summary>
    internal Action<Activation>? BeforeWriteFailureTakesEffect { get; set; }

    /// <summary>Live activations (for tests and diagnostics).</summary>
    internal int ActivationCount => _activations.Count;

    /// <inheritdoc />
    public TGrain GetGrain<TGrain>(string key) where TGrain : IGrainWithStringKey
    {
        ArgumentNullException.ThrowIfNull(key);
        return GrainReferenceFactory<TGrain>.Create(new GrainId(typeof(TGrain), key), this);
    }

    internal ValueTask<TResult> InvokeAsync<TGrain, TRequest, TResult>(GrainReference reference, TRequest request)
        where TRequest : struct, IGrainRequest<TGrain, TResult>
        where TGrain : class, IGrain
    {
        var activation = reference.CachedActivation;
        if (activation is null || activation.IsDefunct)
        {
            activation = GetOrCreateActivation(reference.GrainId);
            reference.CachedActivation = activation;
        }

        return activation.Invoke<TGrain, TRequest, TResult>(reference, request);
    }

    internal async ValueTask<TResult> InvokeAfterDeactivationAsync<TGrain, TRequest, TResult>(Activation defunct, GrainReference reference, TRequest request)
        where TRequest : struct, IGrainRequest<TGrain, TResult>
        where TGrain : class, IGrain
    {
        if (!await DiesWithinTimeoutAsync(defunct))
        {
            throw TimedOut(reference.GrainId, request.MethodName);
        }

        return await InvokeAsync<TGrain, TRequest, TResult>(reference, request);
    }

    private Activation GetOrCreateActivation(GrainId grainId)
    {
        if (_activations.TryGetValue(grainId, out var existing))
        {
            return existing;
        }

        ObjectDisposedException.ThrowIf(_stopped, this);
        var grainClass = _catalog.For(grainId.Interface);
        return _activations.GetOrAdd(grainId, static (id, state) => new Activation(state.Runtime, state.GrainClass, id), (Runtime: this, GrainClass: grainClass));
    }

    /// <summary>Sends a call queued on a dead activation to the grain's next activation.</summary>
    internal void Forward(WorkItem item)
    {
        Activation next;
        try
        {
            next = GetOrCreateActivation(item.Target);
        }
        catch (Exception exception)
        {
            item.Fail(exception);
            return;
        }

        if (!next.TryAccept(item))
        {
            _ = ForwardWhenDeadAsync(next, item);
        }
    }

    private async Task ForwardWhenDeadAsync(Activation defunct, WorkItem item)
    {
        if (await DiesWithinTimeoutAsync(defunct))
        {
            Forward(item);
        }
        else
        {
            FailLate(item);
        }
    }

    // Dying waits for OnDeactivateAsync and for pending writes, so a stalled one must not hold its waiting callers beyond the timeout.
    private async Task<bool> DiesWithinTimeoutAsync(Activation defunct)
    {
        try
        {
            await defunct.Dead.WaitAsync(_options.ResponseTimeout, TimeProvider);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    internal void OnActivated(Activation activation)
    {
        var tick = CurrentTick;
        activation.LastTurnTick = tick;
        Collector.Schedule(activation, tick + TicksOf(activation.AgeLimit));
        _metrics.ActivationsCreated.Add(1);
        _metrics.Activations.Add(1);
    }

    internal void OnDead(Activation activation, bool wasActivated)
    {
        _activations.TryRemove(new KeyValuePair<GrainId, Activation>(activation.GrainId, activation));
        Collector.Remove(activation);
        if (wasActivated)
        {
            _metrics.Activations.Add(-1);
        }
    }

    internal long CallTimestamp() => _metrics.CallDuration.Enabled ? TimeProvider.GetTimestamp() : 0;

    internal void RecordCall(long startTimestamp)
    {
        _metrics.Calls.Add(1);
        if (startTimestamp != 0)
        {
            _metrics.CallDuration.Record(TimeProvider.GetElapsedTime(startTimestamp).TotalMilliseconds);
        }
    }

    internal void FailLate(WorkItem item) => item.Fail(TimedOut(item.Target, item.MethodName));

    private GrainCallTimeoutException TimedOut(GrainId grain, string method)
    {
        _metrics.CallTimeouts.Add(1);
        return new GrainCallTimeoutException(grain, method, _options.ResponseTimeout);
    }

    private long TicksOf(TimeSpan span) => Math.Max(1, (long)Math.Ceiling(span / _options.CollectionQuantum));
}
