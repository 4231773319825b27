namespace Inkan.Silo.Storage;

/// <summary>
/// Durable, versioned storage of grain state with group commit, plus append-only logs written
/// atomically with state. Implementations must pass the shared storage contract tests.
/// </summary>
public interface IGrainStorage : IAsyncDisposable
{
    /// <summary>
    /// Whether other nodes may write the same records (a database several silos share). Their writes can overtake
    /// an activation's copy of its state here, which only the version check of its next write would reveal.
    /// </summary>
    bool IsShared { get; }

    /// <summary>Creates or upgrades the schema. Called once at silo start.</summary>
    Task InitializeAsync(CancellationToken cancellationToken);

    /// <summary>Reads one state record; <see cref="StoredState.None"/> when there is none.</summary>
    Task<StoredState> ReadAsync(string stateType, string key, CancellationToken cancellationToken);

    /// <summary>
    /// Queues a conditional write. The task completes with the new version once the write is durable,
    /// or fails with <see cref="InconsistentStateException"/> when the stored version is not
    /// <see cref="StateWrite.ExpectedVersion"/> or an earlier write of the same <see cref="WriteSequence"/> failed.
    /// Writes of one sequence commit in the order they were queued.
    /// </summary>
    Task<long> WriteAsync(StateWrite write);

    /// <summary>Reads up to <paramref name="maxCount"/> entries of <paramref name="log"/> with an id above <paramref name="afterId"/>, in id order.</summary>
    Task<IReadOnlyList<LogEntry>> ReadLogAsync(string log, long afterId, int maxCount, CancellationToken cancellationToken);

    /// <summary>Reads the last <paramref name="maxCount"/> entries of <paramref name="log"/>, newest first, without reading the rest.</summary>
    Task<IReadOnlyList<LogEntry>> ReadLogTailAsync(string log, int maxCount, CancellationToken cancellationToken);
}
