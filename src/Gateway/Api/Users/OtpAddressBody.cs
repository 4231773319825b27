namespace Inkan.Gateway.Api.Users;

/// <summary>The address a user registers for email OTP, and the language of its mails (<c>Japanese</c> by default, or <c>English</c>).</summary>
public sealed record OtpAddressBody(string? Address, string? Language);
