using Inkan.Silo;

namespace Inkan.Grains.Mail;

/// <summary>
/// The mail relay's durable progress through the outbox (one grain, key <see cref="OutboxMail.LogName"/>). With several
/// nodes each node's relay claims an entry before sending it; the claim is a versioned write, so two nodes cannot both
/// hold one: the loser's write conflicts (<see cref="InconsistentStateException"/>) or it is told <see cref="MailClaim.HeldElsewhere"/>.
/// </summary>
public interface IMailRelayGrain : IGrainWithStringKey
{
    /// <summary>The id up to which every outbox entry is delivered, recorded as failed, or deferred.</summary>
    Task<long> GetDoneThroughAsync();

    /// <summary>Claims (or renews the claim on) outbox entry <paramref name="entryId"/> for <paramref name="node"/> until <paramref name="until"/>.</summary>
    Task<MailClaim> ClaimAsync(long entryId, string node, DateTimeOffset until);

    /// <summary>Records that entry <paramref name="entryId"/> was handed to the mail server; the cursor moves past it.</summary>
    Task MarkDeliveredAsync(long entryId);

    /// <summary>Records that the relay gave up on a mail; the cursor moves past it and the failure stays visible.</summary>
    Task RecordFailureAsync(MailFailure failure);

    /// <summary>
    /// Sets entry <paramref name="entryId"/> aside until <paramref name="nextAttemptAt"/> (its recipient's server refused it
    /// for now): the cursor moves past it, so later mails are not held up, and the entry stays to be sent.
    /// </summary>
    Task DeferAsync(long entryId, int attempts, DateTimeOffset nextAttemptAt);

    /// <summary>The deferred entries, oldest first.</summary>
    Task<IReadOnlyList<DeferredMail>> GetDeferredAsync();

    /// <summary>The most recent failures, oldest first, for the back office.</summary>
    Task<IReadOnlyList<MailFailure>> GetFailuresAsync();
}
