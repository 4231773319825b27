using Inkan.Gateway.Api.Auth;
using Inkan.Grains.ApiKeys;
using Inkan.Grains.Contracts;
using Inkan.Grains.Errors;
using Inkan.Grains.Tokens;
using Inkan.Grains.Transactions;
using Inkan.Grains.Users;
using Inkan.Protocol.Tokens;
using Inkan.Protocol.Txa;
using Inkan.Silo;

namespace Inkan.Gateway.Demo;

/// <summary>
/// Creates the demo data once, when the demo contract does not exist yet: a contract whose master user has a token
/// to register, two users sharing a registered token, one user on email OTP (with a token of their own to register
/// once tokens are mandatory), a bank API key and the emulator's key store. Writes the secrets into the credentials
/// file (owner-readable only) and logs only where it is.
/// </summary>
public sealed class DemoSeeder(IGrainFactory grains, TokenInventory inventory, ApiKeyIssuer keys, TimeProvider time, string dataDirectory, ILogger<DemoSeeder> logger) : IHostedService
{
    /// <summary>The demo contract's ID.</summary>
    public const string ContractId = "demo";

    private const string Master = "demo.master";
    private const string Tanaka = "demo.tanaka";
    private const string Suzuki = "demo.suzuki";
    private const string Sato = "demo.sato";
    private const Permissions Operator = Permissions.Inquiry | Permissions.DataCreation | Permissions.FundTransfer | Permissions.Approval;

    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var contract = grains.GetGrain<IContractGrain>(ContractId);
        if (await ExistsAsync(contract))
        {
            logger.LogInformation("Demo data present; the credentials are in {Path}", CredentialsPath);
            return;
        }

        try
        {
            await SeedAsync(contract);
        }
        catch (Exception e) when (e is DomainException or InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            // The server is still of use without its demo data; a half-made demo is fixed by starting on an empty data directory.
            logger.LogError(e, "The demo data could not be created; start with an empty data directory to try again, or set Demo:Enabled=false");
        }
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task SeedAsync(IContractGrain contract)
    {
        var tokens = DemoTokens.Manufacture();
        var store = Path.Combine(dataDirectory, "demo", "tokens");
        DemoTokens.WriteStore(store, tokens);
        await inventory.ImportAsync(new TokenBatch("demo", [.. tokens.Select(t => new TokenRecord(t.Serial, (byte[])t.Key.Clone()))]));
        var users = new[]
        {
            DemoUser.Create(Master, Permissions.All, $"token {DemoTokens.MasterSerial}: register it at the first logon"),
            DemoUser.Create(Tanaka, Operator, $"token {DemoTokens.SharedSerial}, shared with {Suzuki}"),
            DemoUser.Create(Suzuki, Operator, $"token {DemoTokens.SharedSerial}, shared with {Tanaka}"),
            DemoUser.Create(Sato, Permissions.Inquiry | Permissions.FundTransfer, $"email OTP while Inkan:Policy:TokenAuthMandatorySince is in the future (an address is registered at the first logon; mails land in <DataDirectory>/mail unless Mail:Host is set); after it, token {DemoTokens.SpareSerial}"),
        };
        await contract.CreateAsync("デモ商事株式会社", Secrets(users[0], Permissions.All));
        foreach (var user in users[1..])
        {
            await contract.AddUserAsync(Secrets(user, user.Permissions.Aggregate(Permissions.None, (p, n) => p | Enum.Parse<Permissions>(n))));
        }

        await contract.IssueTokenAsync(new TokenIssue(DemoTokens.SharedSerial));
        await contract.IssueTokenAsync(new TokenIssue(DemoTokens.MasterSerial));
        await contract.IssueTokenAsync(new TokenIssue(DemoTokens.SpareSerial));
        var shared = tokens.First(t => t.Serial == DemoTokens.SharedSerial);
        await ActivateAsync(Tanaka, shared);
        await ActivateAsync(Suzuki, shared);
        var key = await keys.IssueAsync("demo bank", ApiScopes.Transactions | ApiScopes.BackOffice);
        DemoCredentials.Write(CredentialsPath, new DemoCredentials(ContractId, users, key.ApiKey, key.CallbackSecret, store, new Dictionary<string, string>
        {
            [DemoTokens.SharedSerial] = $"registered by {Tanaka} and {Suzuki}",
            [DemoTokens.MasterSerial] = $"issued to {ContractId}, not registered yet",
            [DemoTokens.SpareSerial] = $"issued to {ContractId}, for {Sato} once tokens are mandatory",
        }, DemoCredentials.NotesFor(store)));
        logger.LogInformation("Demo data created: logins, passwords, PINs and a bank API key are in {Path}; the token emulator's key store is {Store}", CredentialsPath, store);
    }

    private string CredentialsPath => Path.Combine(dataDirectory, DemoCredentials.FileName);

    private static async Task<bool> ExistsAsync(IContractGrain contract)
    {
        try
        {
            await contract.GetInfoAsync();
            return true;
        }
        catch (DomainException e) when (e.Error == DomainError.NotFound)
        {
            return false;
        }
    }

    private static NewUser Secrets(DemoUser user, Permissions permissions) => new(user.LoginId, permissions, user.Password, user.Pin);

    private async Task ActivateAsync(string loginId, TokenRecord token)
    {
        var transaction = grains.GetGrain<ITransactionGrain>(TransactionIds.New(time));
        var started = await transaction.StartActivationAsync(new ActivationRequest(ContractId, loginId, token.Serial));
        var pending = started.Transaction ?? throw new InvalidOperationException($"The demo token could not be registered for {loginId}: {started.Outcome} {started.Block}.");
        var confirmed = await transaction.ConfirmAsync(new ConfirmRequest(ContractId, loginId, TxaCode.Compute(token.Key, pending.Payload)));
        if (confirmed.Outcome != ConfirmOutcome.Authorized)
        {
            throw new InvalidOperationException($"The demo token could not be registered for {loginId}: {confirmed.Outcome}.");
        }
    }
}
