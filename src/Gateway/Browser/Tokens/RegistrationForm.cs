namespace Inkan.Gateway.Browser.Tokens;

/// <summary>The token registration form: the 10-digit serial printed on the token.</summary>
public sealed record RegistrationForm(string? Serial);
