namespace Inkan.Silo.Storage;

/// <summary>The exceptions the storage hands to writers; messages name state type, key and versions, never the payload.</summary>
internal static class StorageErrors
{
    public static InconsistentStateException Conflict(string stateType, string key, long expected, long found)
        => new($"Version conflict writing state '{stateType}' of key '{key}': expected version {expected}, found {found}.");

    public static InconsistentStateException Poisoned(StateWrite write, Exception earlierFailure)
        => new($"Write of state '{write.StateType}' of key '{write.Key}' (expected version {write.ExpectedVersion}) not executed: an earlier write of the same sequence failed.", earlierFailure);
}
