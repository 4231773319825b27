namespace Inkan.Grains.Mail;

/// <summary>The durable progress of the mail relay: the outbox cursor, the current lease, and the mails given up on.</summary>
public sealed class MailRelayState
{
    /// <summary>Every outbox entry with an id up to this one is delivered, recorded as failed, or in <see cref="Deferred"/>.</summary>
    public long DoneThrough { get; set; }

    /// <summary>The node currently sending, if any.</summary>
    public MailRelayLease? Lease { get; set; }

    /// <summary>The entries behind the cursor that wait for another attempt, oldest first.</summary>
    public List<DeferredMail> Deferred { get; set; } = [];

    /// <summary>The most recent failures, oldest first (at most <see cref="MailRelayGrain.RetainedFailures"/>; all are also in the log <see cref="MailRelayGrain.FailureLogName"/>).</summary>
    public List<MailFailure> Failures { get; set; } = [];
}
