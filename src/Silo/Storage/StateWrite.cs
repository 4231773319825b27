namespace Inkan.Silo.Storage;

/// <summary>
/// One conditional write: store <see cref="Payload"/> (null clears the record but keeps its version
/// counting, so versions never repeat) as version <see cref="ExpectedVersion"/> + 1, only if the stored
/// version is <see cref="ExpectedVersion"/> (0: no row yet). <see cref="LogAppends"/> are stored in the
/// same database transaction, and only if the write succeeds.
/// </summary>
public sealed class StateWrite(string stateType, string key, long expectedVersion, byte[]? payload, IReadOnlyList<LogAppend>? logAppends = null, WriteSequence? sequence = null)
{
    /// <summary>The state's type name (grain type and state name).</summary>
    public string StateType { get; } = stateType;

    /// <summary>The grain key.</summary>
    public string Key { get; } = key;

    /// <summary>The version the write is based on.</summary>
    public long ExpectedVersion { get; } = expectedVersion;

    /// <summary>The new JSON payload, or null to clear.</summary>
    public byte[]? Payload { get; } = payload;

    /// <summary>Log entries stored atomically with this write.</summary>
    public IReadOnlyList<LogAppend> LogAppends { get; } = logAppends ?? [];

    /// <summary>The activation's write sequence: once one of its writes fails, every later one fails too.</summary>
    public WriteSequence Sequence { get; } = sequence ?? new WriteSequence();
}
