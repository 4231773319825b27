using Inkan.Silo;

namespace Inkan.Grains.Mail;

/// <summary>Implements <see cref="IMailRelayGrain"/>; every change is one conditional write of <see cref="MailRelayState"/>.</summary>
[GrainType("mailrelay")]
public sealed class MailRelayGrain([PersistentState("relay")] IPersistentState<MailRelayState> state, TimeProvider time) : Grain, IMailRelayGrain
{
    /// <summary>How many failures the state keeps for <see cref="GetFailuresAsync"/>.</summary>
    public const int RetainedFailures = 500;

    /// <summary>The append-only log that keeps every failure for good.</summary>
    public const string FailureLogName = "mail-failures";

    private MailRelayState S => state.State;

    /// <inheritdoc/>
    public Task<long> GetDoneThroughAsync() => Task.FromResult(S.DoneThrough);

    /// <inheritdoc/>
    public async Task<MailClaim> ClaimAsync(long entryId, string node, DateTimeOffset until)
    {
        ArgumentException.ThrowIfNullOrEmpty(node);
        if (IsDone(entryId))
        {
            return MailClaim.Done;
        }

        if (S.Lease is { } lease && lease.Node != node && lease.Until > time.GetUtcNow())
        {
            return MailClaim.HeldElsewhere;
        }

        S.Lease = new MailRelayLease(entryId, node, until);
        await state.WriteStateAsync();
        return MailClaim.Granted;
    }

    /// <inheritdoc/>
    public async Task MarkDeliveredAsync(long entryId)
    {
        if (IsDone(entryId))
        {
            return;
        }

        Settle(entryId);
        await state.WriteStateAsync();
    }

    /// <inheritdoc/>
    public async Task RecordFailureAsync(MailFailure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        if (IsDone(failure.EntryId))
        {
            return;
        }

        Settle(failure.EntryId);
        S.Failures.Add(failure);
        if (S.Failures.Count > RetainedFailures)
        {
            S.Failures.RemoveRange(0, S.Failures.Count - RetainedFailures);
        }

        state.AppendToLog(FailureLogName, System.Text.Json.JsonSerializer.Serialize(failure, MailJsonContext.Default.MailFailure));
        await state.WriteStateAsync();
    }

    /// <inheritdoc/>
    public async Task DeferAsync(long entryId, int attempts, DateTimeOffset nextAttemptAt)
    {
        if (IsDone(entryId))
        {
            return;
        }

        Settle(entryId);
        S.Deferred.Add(new DeferredMail(entryId, attempts, nextAttemptAt));
        S.Deferred.Sort((a, b) => a.EntryId.CompareTo(b.EntryId));
        await state.WriteStateAsync();
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<DeferredMail>> GetDeferredAsync() => Task.FromResult<IReadOnlyList<DeferredMail>>([.. S.Deferred]);

    /// <inheritdoc/>
    public Task<IReadOnlyList<MailFailure>> GetFailuresAsync() => Task.FromResult<IReadOnlyList<MailFailure>>([.. S.Failures]);

    private bool IsDone(long entryId) => entryId <= S.DoneThrough && !S.Deferred.Exists(d => d.EntryId == entryId);

    // Moves the cursor past the entry, or takes a deferred one off the list, and ends the lease taken to send it.
    private void Settle(long entryId)
    {
        if (entryId > S.DoneThrough)
        {
            S.DoneThrough = entryId;
        }
        else
        {
            S.Deferred.RemoveAll(d => d.EntryId == entryId);
        }

        if (S.Lease is { } lease && lease.EntryId <= entryId)
        {
            S.Lease = null;
        }
    }
}
