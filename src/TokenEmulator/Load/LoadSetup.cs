using System.Globalization;
using System.Security.Cryptography;
using Inkan.Protocol.Tokens;
using Inkan.Protocol.Txa;
using Inkan.TokenEmulator.Cli;
using Inkan.TokenEmulator.Manufacturing;

namespace Inkan.TokenEmulator.Load;

/// <summary>
/// Makes a load run's users through the bank API: contracts, a batch of tokens it manufactures (so it knows their
/// keys), imported and issued, then users who register them with ACT transactions confirmed with computed codes.
/// </summary>
internal sealed class LoadSetup(BankApiClient api, int parallelism)
{
    /// <summary>The ADM target's permissions, never changed by the ADM cycles.</summary>
    public static readonly string[] TargetPermissions = ["Inquiry"];

    /// <summary>The login ID of the user whose permissions ADM cycles set.</summary>
    public const string TargetLoginId = "load.target";

    private const int ImportChunk = 1_000;
    private static readonly string[] AllPermissions = ["All"];

    public async Task<IReadOnlyList<LoadUser>> CreateAsync(LoadPopulation population, CancellationToken cancellation)
    {
        var run = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
        var contracts = Enumerable.Range(1, population.Contracts).Select(c => $"load-{run}-{c}").ToList();
        await Parallel.ForEachAsync(contracts, Options(cancellation), async (contractId, ct) =>
        {
            BankApiClient.Expect(await api.CreateContractAsync(contractId, "load.master", Secret(), "1234", ct).ConfigureAwait(false), $"creating contract {contractId}");
            BankApiClient.Expect(await api.AddUserAsync(contractId, TargetLoginId, TargetPermissions, Secret(), "1234", ct).ConfigureAwait(false), $"adding {TargetLoginId}");
        }).ConfigureAwait(false);

        var tokens = TokenFactory.Make(population.Contracts * population.TokensPerContract, null);
        foreach (var (chunk, index) in tokens.Chunk(ImportChunk).Select((c, i) => (c, i)))
        {
            BankApiClient.Expect(await api.ImportAsync(chunk, $"load-{run}-{index}", cancellation).ConfigureAwait(false), "importing the token batch");
        }

        var slots = tokens.Select((token, i) => (Contract: contracts[i / population.TokensPerContract], Index: i % population.TokensPerContract, Token: token)).ToList();
        var users = new List<LoadUser>[slots.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, slots.Count), Options(cancellation), async (i, ct) =>
        {
            var (contractId, index, token) = slots[i];
            BankApiClient.Expect(await api.IssueTokenAsync(contractId, token.Serial, ct).ConfigureAwait(false), $"issuing token {token.Serial}");
            users[i] = [];
            for (var u = 1; u <= population.UsersPerToken; u++)
            {
                var user = new LoadUser(contractId, string.Create(CultureInfo.InvariantCulture, $"load.t{index + 1}.u{u}"), token, TargetLoginId);
                BankApiClient.Expect(await api.AddUserAsync(contractId, user.LoginId, AllPermissions, Secret(), "1234", ct).ConfigureAwait(false), $"adding {user.LoginId}");
                await RegisterAsync(api, user, ct).ConfigureAwait(false);
                users[i].Add(user);
            }
        }).ConfigureAwait(false);
        return [.. users.SelectMany(u => u)];
    }

    /// <summary>Registers the user's token: an ACT transaction confirmed with the code the token computes.</summary>
    public static async Task RegisterAsync(BankApiClient api, LoadUser user, CancellationToken cancellation)
    {
        var what = $"registering token {user.Token.Serial} for {user.LoginId}";
        var created = BankApiClient.Expect(await api.CreateTransactionAsync(user.ContractId, user.LoginId, "ACT", new { tokenSerial = user.Token.Serial }, cancellation).ConfigureAwait(false), what);
        var code = TxaCode.Compute(user.Token.Key, created.Text("payload") ?? throw new EmulatorException($"{what}: the answer has no payload"));
        var confirmed = BankApiClient.Expect(await api.ConfirmAsync(created.Text("transactionId")!, code, cancellation).ConfigureAwait(false), what);
        if (confirmed.Text("outcome") != "Authorized")
        {
            throw new EmulatorException($"{what} failed: {confirmed.Text("outcome")}");
        }
    }

    private ParallelOptions Options(CancellationToken cancellation) => new() { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellation };

    private static string Secret() => RandomNumberGenerator.GetString("abcdefghijkmnpqrstuvwxyz23456789", 16);
}
