using Inkan.Silo;

namespace Inkan.Grains.Audit;

/// <summary>
/// Holds one audit chain's head and appends each entry to the storage log of the chain in the same
/// write as the new head, so a stored entry and the head that commits to it never disagree.
/// </summary>
[GrainType("audit")]
public sealed class AuditGrain([PersistentState("head")] IPersistentState<AuditHeadState> state, TimeProvider time) : Grain, IAuditGrain
{
    /// <inheritdoc />
    public async Task<AuditEntry> AppendAsync(AuditRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var entry = AuditAppender.Append(state, state.State, GetPrimaryKeyString(), time.GetUtcNow(), record);
        await state.WriteStateAsync();
        return entry;
    }

    /// <inheritdoc />
    public async Task<AuditHead> GetHeadAsync()
    {
        // Another node may have appended since this copy was loaded: a stale head would make an intact chain look cut.
        await state.EnsureCurrentAsync();
        return new AuditHead(state.State.Sequence, state.State.Hash);
    }
}
