using System.Globalization;
using System.Security.Cryptography;
using Inkan.Grains.Contracts;
using Inkan.Grains.Tokens;
using Inkan.Grains.Transactions;
using Inkan.Grains.Users;
using Inkan.Protocol.Tokens;
using Inkan.Protocol.Txa;

namespace Inkan.Grains.Tests.Support;

/// <summary>Drives a <see cref="DomainSilo"/> the way the bank and its users would, keeping the token keys a real token would hold.</summary>
internal sealed class Bank(DomainSilo silo)
{
    public const string Password = "login-pass-1";
    public const string Pin = "4321";

    private int _nextSerial;

    public DomainSilo Silo => silo;

    public IContractGrain Contract(string contractId) => silo.Grains.GetGrain<IContractGrain>(contractId);

    public IUserGrain User(string contractId, string loginId) => silo.Grains.GetGrain<IUserGrain>(Identifiers.UserKey(contractId, loginId));

    public ITokenGrain Token(string serial) => silo.Grains.GetGrain<ITokenGrain>(serial);

    public ITransactionGrain Transaction(string id) => silo.Grains.GetGrain<ITransactionGrain>(id);

    public Task CreateContractAsync(string contractId, string master = "master")
        => Contract(contractId).CreateAsync("Tomato Trading", new NewUser(master, Permissions.All, Password, Pin));

    public Task AddUserAsync(string contractId, string loginId, Permissions permissions)
        => Contract(contractId).AddUserAsync(new NewUser(loginId, permissions, Password, Pin));

    /// <summary>Imports <paramref name="count"/> fresh tokens; returns them with their keys (the inventory wipes its own copies).</summary>
    public async Task<IReadOnlyList<TokenRecord>> ImportAsync(int count)
    {
        var tokens = Enumerable.Range(0, count)
            .Select(_ => new TokenRecord((Interlocked.Increment(ref _nextSerial) + 1_000_000).ToString("D10", CultureInfo.InvariantCulture), RandomNumberGenerator.GetBytes(32)))
            .ToList();
        await silo.Inventory.ImportAsync(new TokenBatch("test-batch", [.. tokens.Select(t => new TokenRecord(t.Serial, (byte[])t.Key.Clone()))]));
        return tokens;
    }

    public async Task<TokenRecord> IssuedTokenAsync(string contractId)
    {
        var token = (await ImportAsync(1))[0];
        await Contract(contractId).IssueTokenAsync(new TokenIssue(token.Serial));
        return token;
    }

    public Task<TransactionResult> StartActivationAsync(string contractId, string loginId, string serial)
        => Transaction(TransactionIds.New(silo.Clock)).StartActivationAsync(new ActivationRequest(contractId, loginId, serial));

    /// <summary>Registers <paramref name="token"/> for the user through a full ACT round trip.</summary>
    public async Task ActivateAsync(string contractId, string loginId, TokenRecord token)
    {
        var started = await StartActivationAsync(contractId, loginId, token.Serial);
        var tx = started.Transaction ?? throw new InvalidOperationException($"Activation refused: {started.Outcome}.");
        var result = await ConfirmAsync(tx, RightCode(token, tx));
        if (result.Outcome != ConfirmOutcome.Authorized)
        {
            throw new InvalidOperationException($"Activation failed: {result.Outcome}.");
        }
    }

    /// <summary>A contract whose master user has registered a freshly issued token.</summary>
    public async Task<TokenRecord> ContractWithTokenAsync(string contractId, string master = "master")
    {
        await CreateContractAsync(contractId, master);
        var token = await IssuedTokenAsync(contractId);
        await ActivateAsync(contractId, master, token);
        return token;
    }

    public static TransferData Transfer(long amount = 120_000) => new("ﾄﾏﾄ", "123", "1", "1234567", "ｶ)ﾔﾏﾀﾞｼｮｳｼﾞ", amount);

    public Task<TransactionResult> CreateAsync(string contractId, string loginId, TxaData data, AdminDetails? admin = null)
        => Transaction(TransactionIds.New(silo.Clock)).CreateAsync(new TransactionRequest(contractId, loginId, data, admin));

    public async Task<TransactionView> PendingTransferAsync(string contractId, string loginId, long amount = 120_000)
    {
        var result = await CreateAsync(contractId, loginId, Transfer(amount));
        return result.Transaction ?? throw new InvalidOperationException($"Transfer refused: {result.Outcome} {result.Block}.");
    }

    public Task<ConfirmResult> ConfirmAsync(TransactionView tx, string code)
        => Transaction(tx.TransactionId).ConfirmAsync(new ConfirmRequest(tx.ContractId, tx.LoginId, code));

    public static string RightCode(TokenRecord token, TransactionView tx) => TxaCode.Compute(token.Key, tx.Payload);

    public static string WrongCode(TokenRecord token, TransactionView tx)
        => ((int.Parse(RightCode(token, tx), CultureInfo.InvariantCulture) + 1) % 100_000_000).ToString("D8", CultureInfo.InvariantCulture);
}
