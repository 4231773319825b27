using System.Globalization;
using System.Security.Cryptography;
using Inkan.Grains.Contracts;
using Inkan.Grains.Transactions;
using Inkan.Grains.Users;
using Inkan.Protocol.Tokens;
using Inkan.Protocol.Txa;

namespace Inkan.Benchmarks.Verification;

/// <summary>
/// Builds the benchmark's bank through the grains: contracts, users, tokens imported, issued and activated (ACT)
/// by each of their users, exactly as the product does.
/// </summary>
public static class VerificationWorld
{
    private const string Secret = "bench-secret-1";
    private const int Parallel = 64;

    /// <summary><paramref name="contracts"/> contracts of <paramref name="usersPerContract"/> users, each user with a token of their own.</summary>
    public static async Task<IReadOnlyList<VerificationSeat>> ManyTokensAsync(VerificationSilo silo, int contracts, int usersPerContract)
    {
        var tokens = await ImportAsync(silo, contracts * usersPerContract);
        var seats = new VerificationSeat[tokens.Count];
        await ForEachAsync(Enumerable.Range(0, contracts), async c =>
        {
            var contractId = ContractId(c);
            await CreateContractAsync(silo, contractId, usersPerContract);
            for (var u = 0; u < usersPerContract; u++)
            {
                var seat = new VerificationSeat(contractId, Login(u), tokens[(c * usersPerContract) + u]);
                await IssueAndActivateAsync(silo, seat, issue: true);
                seats[(c * usersPerContract) + u] = seat;
            }
        });
        return seats;
    }

    /// <summary>One contract of <paramref name="users"/> users who all registered the same token.</summary>
    public static async Task<IReadOnlyList<VerificationSeat>> HotTokenAsync(VerificationSilo silo, int users)
    {
        var token = (await ImportAsync(silo, 1))[0];
        var contractId = ContractId(0);
        await CreateContractAsync(silo, contractId, users);
        var seats = Enumerable.Range(0, users).Select(u => new VerificationSeat(contractId, Login(u), token)).ToList();
        await IssueAndActivateAsync(silo, seats[0], issue: true);
        await ForEachAsync(seats.Skip(1), seat => IssueAndActivateAsync(silo, seat, issue: false));
        return seats;
    }

    private static readonly TxaData Transfer = new TransferData("ﾄﾏﾄ", "123", "1", "1234567", "ｶ)ﾔﾏﾀﾞｼｮｳｼﾞ", 120_000);

    /// <summary>One create-and-confirm cycle of a transfer with the right code; throws unless the transaction is authorized.</summary>
    public static async Task VerifyAsync(VerificationSilo silo, VerificationSeat seat) => await ConfirmAsync(silo, seat, await CreateAsync(silo, seat));

    /// <summary>Creates a pending transfer for <paramref name="seat"/>; throws when refused.</summary>
    public static async Task<TransactionView> CreateAsync(VerificationSilo silo, VerificationSeat seat)
    {
        var created = await silo.Grains.GetGrain<ITransactionGrain>(TransactionIds.New(TimeProvider.System)).CreateAsync(new TransactionRequest(seat.ContractId, seat.LoginId, Transfer));
        return created.Transaction ?? throw new InvalidOperationException($"Create refused: {created.Outcome} {created.Block}.");
    }

    /// <summary>Confirms <paramref name="view"/> with the code the seat's token computes; throws unless authorized.</summary>
    public static async Task ConfirmAsync(VerificationSilo silo, VerificationSeat seat, TransactionView view)
    {
        var result = await silo.Grains.GetGrain<ITransactionGrain>(view.TransactionId)
            .ConfirmAsync(new ConfirmRequest(seat.ContractId, seat.LoginId, TxaCode.Compute(seat.Token.Key, view.Payload)));
        if (result.Outcome != ConfirmOutcome.Authorized)
        {
            throw new InvalidOperationException($"Confirm answered {result.Outcome}.");
        }
    }

    private static string ContractId(int c) => "B" + c.ToString("D6", CultureInfo.InvariantCulture);

    private static string Login(int u) => u == 0 ? "master" : "user" + u.ToString("D4", CultureInfo.InvariantCulture);

    private static async Task<IReadOnlyList<TokenRecord>> ImportAsync(VerificationSilo silo, int count)
    {
        var tokens = Enumerable.Range(1, count)
            .Select(i => new TokenRecord(i.ToString("D10", CultureInfo.InvariantCulture), RandomNumberGenerator.GetBytes(TokenSerial.KeyLength)))
            .ToList();
        await silo.Inventory.ImportAsync(new TokenBatch("bench", [.. tokens.Select(t => new TokenRecord(t.Serial, (byte[])t.Key.Clone()))]));
        return tokens;
    }

    private static async Task CreateContractAsync(VerificationSilo silo, string contractId, int users)
    {
        var contract = silo.Grains.GetGrain<IContractGrain>(contractId);
        await contract.CreateAsync("Bench Trading", new NewUser(Login(0), Permissions.All, Secret, Secret));
        for (var u = 1; u < users; u++)
        {
            await contract.AddUserAsync(new NewUser(Login(u), Permissions.FundTransfer, Secret, Secret));
        }
    }

    private static async Task IssueAndActivateAsync(VerificationSilo silo, VerificationSeat seat, bool issue)
    {
        if (issue)
        {
            await silo.Grains.GetGrain<IContractGrain>(seat.ContractId).IssueTokenAsync(new TokenIssue(seat.Token.Serial));
        }

        var tx = silo.Grains.GetGrain<ITransactionGrain>(TransactionIds.New(TimeProvider.System));
        var started = await tx.StartActivationAsync(new ActivationRequest(seat.ContractId, seat.LoginId, seat.Token.Serial));
        var view = started.Transaction ?? throw new InvalidOperationException($"Activation refused: {started.Outcome}.");
        var result = await tx.ConfirmAsync(new ConfirmRequest(seat.ContractId, seat.LoginId, TxaCode.Compute(seat.Token.Key, view.Payload)));
        if (result.Outcome != ConfirmOutcome.Authorized)
        {
            throw new InvalidOperationException($"Activation answered {result.Outcome}.");
        }
    }

    private static async Task ForEachAsync<T>(IEnumerable<T> items, Func<T, Task> action)
    {
        using var gate = new SemaphoreSlim(Parallel);
        await Task.WhenAll(items.Select(async item =>
        {
            await gate.WaitAsync();
            try
            {
                await action(item);
            }
            finally
            {
                gate.Release();
            }
        }));
    }
}
