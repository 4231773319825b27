namespace Inkan.Gateway.Api.BackOffice;

/// <summary>The reference of the written request (the paper form) for an unlock or an OTP address reset.</summary>
public sealed record UnlockBody(string? Reference);
