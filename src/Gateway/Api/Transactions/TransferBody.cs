namespace Inkan.Gateway.Api.Transactions;

/// <summary>TRF data: an individual transfer.</summary>
public sealed record TransferBody(string? BankNameKana, string? Branch, string? Subject, string? Account, string? PayeeKana, long? Amount);
