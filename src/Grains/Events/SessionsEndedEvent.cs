namespace Inkan.Grains.Events;

/// <summary>
/// The browser sessions of user <paramref name="LoginId"/> of <paramref name="ContractId"/> ended: a logoff, a new
/// password from the bank, or the user's deletion.
/// </summary>
public sealed record SessionsEndedEvent(string ContractId, string LoginId);
