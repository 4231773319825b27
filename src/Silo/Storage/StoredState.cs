namespace Inkan.Silo.Storage;

/// <summary>A stored state record: its version and its JSON payload (null once cleared or never written).</summary>
public readonly record struct StoredState(long Version, byte[]? Payload)
{
    /// <summary>No record: version 0, no payload.</summary>
    public static StoredState None => default;

    /// <summary>Whether the record holds state.</summary>
    public bool RecordExists => Payload is not null;
}
