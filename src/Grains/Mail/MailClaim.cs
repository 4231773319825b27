namespace Inkan.Grains.Mail;

/// <summary>The relay grain's answer to a node asking to send one outbox entry.</summary>
public enum MailClaim
{
    /// <summary>This node holds the entry until its lease ends: send it.</summary>
    Granted,

    /// <summary>The entry was already delivered or recorded as failed: skip it.</summary>
    Done,

    /// <summary>Another node holds a live lease on the outbox: leave it to that node for now.</summary>
    HeldElsewhere,
}
