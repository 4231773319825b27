using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Inkan.Silo.Runtime;
using Inkan.Silo.Storage;

namespace Inkan.Silo.State;

/// <summary>
/// The runtime's <see cref="IPersistentState{TState}"/>: JSON through source-generated metadata, a
/// predicted version per queued write, and the activation's write sequence.
/// </summary>
internal sealed class PersistentState<TState>(Activation activation, string stateType, JsonTypeInfo<TState> typeInfo)
    : IPersistentState<TState>, IActivationState
    where TState : new()
{
    private readonly IGrainStorage _storage = activation.Runtime.Storage;
    private WriteSequence _sequence = new();
    private List<LogAppend>? _appends;
    private long _loadedInTurn = -1;
    private long _readAt;

    public TState State { get; set; } = new();

    public long Version { get; private set; }

    public bool RecordExists { get; private set; }

    public string? Etag => Version == 0 ? null : Version.ToString(CultureInfo.InvariantCulture);

    public Task LoadAsync(CancellationToken cancellationToken) => ReadAsync(cancellationToken);

    public async Task ReadStateAsync()
    {
        if (activation.PendingWrites is { } pending)
        {
            await pending;
        }

        await ReadAsync(activation.Runtime.StoppingToken);
    }

    public Task EnsureCurrentAsync()
        => _storage.IsShared && _loadedInTurn != activation.CompletedTurns ? ReadStateAsync() : Task.CompletedTask;

    public Task EnsureCurrentAsync(TimeSpan maxAge)
        => _storage.IsShared && activation.Runtime.TimeProvider.GetElapsedTime(_readAt) > maxAge ? EnsureCurrentAsync() : Task.CompletedTask;

    private async Task ReadAsync(CancellationToken cancellationToken)
    {
        // The copy is as old as the read's start: another node may write while the read is under way.
        var started = activation.Runtime.TimeProvider.GetTimestamp();
        var stored = await _storage.ReadAsync(stateType, activation.GrainId.Key, cancellationToken);
        Version = stored.Version;
        RecordExists = stored.RecordExists;
        State = stored.Payload is { } payload ? JsonSerializer.Deserialize(payload, typeInfo) ?? new TState() : new TState();
        _sequence = new WriteSequence();
        _loadedInTurn = activation.CompletedTurns;
        _readAt = started;
    }

    public Task WriteStateAsync() => Queue(JsonSerializer.SerializeToUtf8Bytes(State, typeInfo));

    public Task ClearStateAsync()
    {
        State = new TState();
        return Queue(payload: null);
    }

    public void AppendToLog(string log, string payload) => (_appends ??= []).Add(new LogAppend(log, payload));

    private Task Queue(byte[]? payload)
    {
        if (_sequence.Failure is { } failure)
        {
            throw new InconsistentStateException($"An earlier write of {stateType}/{activation.GrainId.Key} failed; the activation reloads.", failure);
        }

        var appends = _appends;
        _appends = null;
        var write = _storage.WriteAsync(new StateWrite(stateType, activation.GrainId.Key, Version, payload, appends, _sequence));
        Version++;
        RecordExists = payload is not null;
        activation.TrackWrite(write, _sequence);
        return Task.CompletedTask;
    }
}
