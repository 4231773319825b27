namespace Inkan.Gateway.Api.BackOffice;

/// <summary>A new contract: its ID, the customer's name and the master user (who gets every permission).</summary>
public sealed record CreateContractBody(string? ContractId, string? Name, NewUserBody? Master);
