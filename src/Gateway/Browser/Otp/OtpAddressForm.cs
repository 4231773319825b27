namespace Inkan.Gateway.Browser.Otp;

/// <summary>The address that will receive the user's one-time passwords, and the language of the pages (<c>en</c> for English mails).</summary>
public sealed record OtpAddressForm(string? Address, string? Language);
