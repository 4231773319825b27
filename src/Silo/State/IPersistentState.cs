namespace Inkan.Silo;

/// <summary>
/// Durable, versioned state of a grain, in the shape of Orleans' interface of the same name.
/// A write succeeds only if the stored version is still the one read; otherwise it fails with
/// <see cref="InconsistentStateException"/> and the activation is deactivated so the next call reloads.
/// </summary>
/// <remarks>
/// Writes are pipelined: <see cref="WriteStateAsync"/> completes once the write is queued, and the
/// runtime holds back the answer of the turn (and of every later turn) until it is durable.
/// </remarks>
public interface IPersistentState<TState> where TState : new()
{
    /// <summary>The state. Loaded before <see cref="Grain.OnActivateAsync"/>.</summary>
    TState State { get; set; }

    /// <summary>The stored version as a string, or null when no record exists.</summary>
    string? Etag { get; }

    /// <summary>The stored version; 0 when no record was ever written.</summary>
    long Version { get; }

    /// <summary>Whether a record exists in storage.</summary>
    bool RecordExists { get; }

    /// <summary>Reloads the state from storage.</summary>
    Task ReadStateAsync();

    /// <summary>
    /// Makes sure the state is not a copy that another node has overtaken: on storage shared between nodes
    /// (<see cref="Storage.IGrainStorage.IsShared"/>) it reloads the state unless it was loaded in this turn; on
    /// storage private to this node, where this activation is the only writer, it does nothing. Call it before a
    /// decision whose effects reach beyond this grain's own write, which alone would fail on a stale version.
    /// </summary>
    Task EnsureCurrentAsync();

    /// <summary>
    /// Like <see cref="EnsureCurrentAsync()"/>, but a copy read from storage at most <paramref name="maxAge"/> ago is
    /// current enough. For frequent checks whose staleness is allowed a bound (authorization against a revocation
    /// made on another node), at one read per <paramref name="maxAge"/> instead of one per call.
    /// </summary>
    Task EnsureCurrentAsync(TimeSpan maxAge);

    /// <summary>Queues the current state for a conditional write.</summary>
    Task WriteStateAsync();

    /// <summary>Queues a conditional write that clears the record and resets <see cref="State"/>.</summary>
    Task ClearStateAsync();

    /// <summary>
    /// Appends an entry to the append-only log <paramref name="log"/>, atomically with the next write of
    /// this state: the entry is stored if and only if that write succeeds.
    /// </summary>
    void AppendToLog(string log, string payload);
}
