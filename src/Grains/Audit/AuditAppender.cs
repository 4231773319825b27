using System.Text.Json;
using Inkan.Grains.Hosting;
using Inkan.Silo;

namespace Inkan.Grains.Audit;

/// <summary>
/// Appends an entry to a chain whose head a grain keeps in its own state: the entry goes to the chain's storage
/// log with the grain's next state write, which also stores the moved head, so the two commit (or fail) together.
/// </summary>
public static class AuditAppender
{
    /// <summary>
    /// Links <paramref name="record"/> after <paramref name="head"/>, queues it for the log of <paramref name="chain"/>
    /// with the next write of <paramref name="state"/>, and moves <paramref name="head"/> to it. The caller writes the state.
    /// </summary>
    public static AuditEntry Append<TState>(IPersistentState<TState> state, AuditHeadState head, string chain, DateTimeOffset time, AuditRecord record)
        where TState : new()
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(head);
        var entry = AuditChain.Append(new AuditHead(head.Sequence, head.Hash), time, record);
        state.AppendToLog(AuditChains.LogName(chain), JsonSerializer.Serialize(entry, GrainsJsonContext.Default.AuditEntry));
        head.Sequence = entry.Sequence;
        head.Hash = entry.Hash;
        return entry;
    }
}
