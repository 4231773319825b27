namespace Inkan.Gateway.Api.Transactions;

/// <summary>ACT data: the serial of the token the user registers.</summary>
public sealed record ActivationBody(string? TokenSerial);
