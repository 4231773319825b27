using System.Text.Json.Serialization;

namespace Inkan.Grains.Mail;

/// <summary>JSON metadata for outbox entries and the mail relay's state.</summary>
[JsonSerializable(typeof(OutboxMail))]
[JsonSerializable(typeof(MailRelayState))]
[JsonSerializable(typeof(MailFailure))]
[JsonSerializable(typeof(DeferredMail))]
public sealed partial class MailJsonContext : JsonSerializerContext;
