using Inkan.Grains.Hosting;

namespace Inkan.Grains.Mail;

/// <summary>Wakes the mail relay when a grain has stored an outbox entry, so an OTP mail leaves at once.</summary>
public sealed class OutboxSignal : WakeSignal;
