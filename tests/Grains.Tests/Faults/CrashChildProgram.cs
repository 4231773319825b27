using System.Globalization;
using Inkan.Grains.Policy;
using Inkan.Grains.Tests.Support;
using Inkan.Grains.Transactions;
using Inkan.Grains.Users;
using Inkan.Protocol.Tokens;

namespace Inkan.Grains.Tests.Faults;

/// <summary>
/// The test assembly's entry point, used only by <see cref="CrashTests"/>: run as a child process, it sets up
/// contract C1 and then drives load until it is killed, printing every answer it got, in the order it got it.
/// <c>AUTH login txid</c>: a transaction authorized; <c>FAIL serial n</c>: a wrong code acknowledged as the
/// token's n-th failure; <c>LOCK serial</c>: the token answered locked.
/// </summary>
public static class CrashChildProgram
{
    /// <summary>Users with a token each that only ever get right codes, and that only ever get wrong ones.</summary>
    public const int RightUsers = 8;

    /// <inheritdoc cref="RightUsers"/>
    public const int WrongUsers = 60;

    private static readonly int Limit = new PolicyOptions().TokenFailureLimit;

    /// <summary>Arguments: <c>crash-child (sqlite DIR | postgres CONNECTION-STRING) MASTER-KEY</c>.</summary>
    public static async Task<int> Main(string[] args)
    {
        if (args is not ["crash-child", var kind, var target, var masterKey])
        {
            await Console.Error.WriteLineAsync("usage: crash-child (sqlite DIR | postgres CONNECTION-STRING) MASTER-KEY");
            return 2;
        }

        await using var silo = kind == "sqlite"
            ? await DomainSilo.StartAsync(target, masterKey: masterKey)
            : await DomainSilo.StartAsync(masterKey: masterKey, postgres: target);
        var bank = new Bank(silo);
        var right = await SetUpAsync(bank, "right", RightUsers, "master");
        var wrong = await SetUpAsync(bank, "wrong", WrongUsers, null);
        Print("READY");
        await Task.WhenAll([
            .. right.Select(user => Task.Run(() => AuthorizeForeverAsync(bank, user))),
            .. Enumerable.Range(0, 4).Select(worker => Task.Run(() => LockOneAfterAnotherAsync(bank, [.. wrong.Where((_, i) => i % 4 == worker)]))),
        ]);
        return 0;
    }

    public static string Login(string kind, int i) => $"{kind}{i:D2}";

    private static async Task<List<(string Login, TokenRecord Token)>> SetUpAsync(Bank bank, string kind, int count, string? master)
    {
        if (master is not null)
        {
            await bank.CreateContractAsync("C1", master);
        }

        var users = new List<(string, TokenRecord)>();
        for (var i = 0; i < count; i++)
        {
            var login = Login(kind, i);
            await bank.AddUserAsync("C1", login, Permissions.FundTransfer);
            var token = await bank.IssuedTokenAsync("C1");
            await bank.ActivateAsync("C1", login, token);
            users.Add((login, token));
        }

        return users;
    }

    private static async Task AuthorizeForeverAsync(Bank bank, (string Login, TokenRecord Token) user)
    {
        while (true)
        {
            var tx = await bank.PendingTransferAsync("C1", user.Login);
            var result = await bank.ConfirmAsync(tx, Bank.RightCode(user.Token, tx));
            Print(result.Outcome == ConfirmOutcome.Authorized ? $"AUTH {user.Login} {tx.TransactionId}" : $"UNEXPECTED {result.Outcome}");
        }
    }

    private static async Task LockOneAfterAnotherAsync(Bank bank, List<(string Login, TokenRecord Token)> users)
    {
        foreach (var (login, token) in users)
        {
            var tx = await bank.PendingTransferAsync("C1", login);
            while (true)
            {
                var result = await bank.ConfirmAsync(tx, Bank.WrongCode(token, tx));
                if (result.Outcome == ConfirmOutcome.TokenLocked)
                {
                    Print($"LOCK {token.Serial}");
                    break;
                }

                Print(string.Create(CultureInfo.InvariantCulture, $"FAIL {token.Serial} {Limit - result.RemainingAttempts}"));
            }
        }
    }

    private static void Print(string line)
    {
        lock (Console.Out)
        {
            Console.Out.WriteLine(line);
            Console.Out.Flush();
        }
    }
}
