namespace Inkan.TokenEmulator.Load;

/// <summary>The users that confirm: made through the bank API (contracts × tokens × users per token) or read from a demo credentials file.</summary>
/// <param name="Contracts">Contracts to create.</param>
/// <param name="TokensPerContract">Tokens issued to each contract.</param>
/// <param name="UsersPerToken">Users registering each token (a shared token when more than one).</param>
/// <param name="CredentialsFile">A <c>demo-credentials.json</c> whose token users (and key store) are used instead; null to create.</param>
internal sealed record LoadPopulation(int Contracts, int TokensPerContract, int UsersPerToken, string? CredentialsFile);
