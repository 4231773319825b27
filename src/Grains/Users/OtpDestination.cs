using Inkan.Grains.Mail;

namespace Inkan.Grains.Users;

/// <summary>Where and in which language a user's OTP mails go: the confirmed address and the language chosen when registering it.</summary>
public sealed record OtpDestination(string Address, MailLanguage Language);
