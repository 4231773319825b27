using Inkan.Grains.Contracts;
using Inkan.Grains.Tokens;
using Inkan.Grains.Transactions;
using Inkan.Grains.Users;
using Inkan.Protocol.Tokens;
using Inkan.Protocol.Txa;
using Inkan.Silo;
using Microsoft.Extensions.DependencyInjection;

namespace Inkan.Gateway.Tests.Browser.Support;

/// <summary>
/// Sets up what the back office would: tokens made by the emulator and imported from its batch file, contracts with
/// users, tokens issued to them, and for tests that start later in the story, tokens already registered.
/// </summary>
internal sealed class DemoBank : IDisposable
{
    public const string Password = "correct-horse-1";
    public const string Pin = "4321";

    private readonly GatewayServer _server;
    private readonly TokenBatch _keys;

    private DemoBank(GatewayServer server, string store, TokenBatch keys)
    {
        _server = server;
        Store = store;
        _keys = keys;
    }

    /// <summary>The emulator's key store directory (<c>--store</c>).</summary>
    public string Store { get; }

    public IReadOnlyList<string> Serials => [.. _keys.Tokens.Select(t => t.Serial)];

    private IGrainFactory Grains => _server.Grains;

    private TimeProvider Time => _server.Services.GetRequiredService<TimeProvider>();

    /// <summary>Makes <paramref name="tokens"/> tokens with the emulator and imports them into the server's stock.</summary>
    public static async Task<DemoBank> CreateAsync(GatewayServer server, int tokens = 2)
    {
        var store = Directory.CreateTempSubdirectory("inkan-tokens-").FullName;
        await EmulatorProcess.ManufactureAsync(store, tokens, "0000000101");
        var batchFile = Path.Combine(store, "batch.json");
        await using (var import = File.OpenRead(batchFile))
        {
            await server.Services.GetRequiredService<TokenInventory>().ImportJsonAsync(import);
        }

        await using var keys = File.OpenRead(batchFile);
        return new DemoBank(server, store, TokenBatchJson.Read(keys));
    }

    /// <summary>Creates contract <paramref name="contractId"/> with its master user and further users, all with <see cref="Password"/>.</summary>
    public async Task ContractAsync(string contractId, string masterLoginId, params (string LoginId, Permissions Permissions)[] users)
    {
        var contract = Grains.GetGrain<IContractGrain>(contractId);
        await contract.CreateAsync("株式会社インカン商事", new NewUser(masterLoginId, Permissions.All, Password, Pin));
        foreach (var (login, permissions) in users)
        {
            await contract.AddUserAsync(new NewUser(login, permissions, Password, Pin));
        }
    }

    public Task IssueAsync(string contractId, string serial) => Grains.GetGrain<IContractGrain>(contractId).IssueTokenAsync(new TokenIssue(serial));

    /// <summary>Registers <paramref name="serial"/> for the user as the activation would, computing the code from the token's key.</summary>
    public async Task RegisterAsync(string contractId, string loginId, string serial)
    {
        var grain = Grains.GetGrain<ITransactionGrain>(TransactionIds.New(Time));
        var started = await grain.StartActivationAsync(new ActivationRequest(contractId, loginId, serial));
        var payload = started.Transaction?.Payload ?? throw new InvalidOperationException($"Activation refused: {started.Outcome}.");
        var answer = await grain.ConfirmAsync(new ConfirmRequest(contractId, loginId, TxaCode.Compute(Key(serial), payload)));
        Assert.Equal(ConfirmOutcome.Authorized, answer.Outcome);
    }

    /// <summary>A transfer created for the user the way the bank's own system would (not through the user's browser).</summary>
    public async Task<TransactionView> TransferFromBankSystemAsync(string contractId, string loginId, string payeeKana, long amount)
    {
        var result = await Grains.GetGrain<ITransactionGrain>(TransactionIds.New(Time))
            .CreateAsync(new TransactionRequest(contractId, loginId, new TransferData("ﾐﾂﾋﾞｼ", "001", "1", "7654321", payeeKana, amount)));
        return result.Transaction ?? throw new InvalidOperationException($"Creation refused: {result.Outcome}.");
    }

    public void Dispose() => Directory.Delete(Store, recursive: true);

    private byte[] Key(string serial) => _keys.Tokens.Single(t => t.Serial == serial).Key;
}
