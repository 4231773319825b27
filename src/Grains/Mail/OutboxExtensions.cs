using Inkan.Silo;

namespace Inkan.Grains.Mail;

/// <summary>How a grain puts a mail in the outbox.</summary>
public static class OutboxExtensions
{
    /// <summary>
    /// Appends <paramref name="mail"/> to the outbox, atomically with the next <see cref="IPersistentState{TState}.WriteStateAsync"/>
    /// of <paramref name="state"/>: the mail exists if and only if that state change is stored.
    /// </summary>
    public static void AppendToOutbox<TState>(this IPersistentState<TState> state, OutboxMail mail)
        where TState : new()
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(mail);
        state.AppendToLog(OutboxMail.LogName, mail.ToJson());
    }
}
