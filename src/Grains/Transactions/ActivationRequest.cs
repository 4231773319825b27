namespace Inkan.Grains.Transactions;

/// <summary>A user's request to register (activate) the token with serial <paramref name="TokenSerial"/>.</summary>
public sealed record ActivationRequest(string ContractId, string LoginId, string TokenSerial);
