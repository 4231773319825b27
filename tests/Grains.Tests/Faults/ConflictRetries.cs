using Inkan.Grains.Tests.Support;
using Inkan.Grains.Transactions;
using Inkan.Silo;

namespace Inkan.Grains.Tests.Faults;

/// <summary>What a client of several silos does on a version conflict (the gateway's 409): sends the same code again.</summary>
internal static class ConflictRetries
{
    /// <summary>Confirms, retrying while a write meets another silo's; returns the answer and the number of tries.</summary>
    public static async Task<(ConfirmResult Result, int Tries)> ConfirmAsync(Bank bank, TransactionView tx, string code, int maxTries)
    {
        for (var tries = 1; ; tries++)
        {
            try
            {
                return (await bank.ConfirmAsync(tx, code), tries);
            }
            catch (InconsistentStateException) when (tries < maxTries)
            {
            }
        }
    }
}
