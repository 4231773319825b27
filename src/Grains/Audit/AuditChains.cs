namespace Inkan.Grains.Audit;

/// <summary>
/// Names of the audit chains. A token's own events (import, registration, codes right and wrong, lock, unlock,
/// revocation) form one chain per token, whose head the token grain keeps in its state, so a busy token appends
/// without waiting for any other grain. Everything else a contract does (users, challenges, issued tokens,
/// refusals by its transactions) forms one chain per contract, held by an <see cref="IAuditGrain"/>, and the
/// bank's inventory (which batch brought which serial into stock) one more.
/// </summary>
public static class AuditChains
{
    /// <summary>The bank's inventory chain: one entry per token that entered stock through <see cref="Tokens.TokenInventory"/>.</summary>
    public const string Bank = "bank";

    private const string TokenPrefix = "token/";

    /// <summary>The chain of <paramref name="contractId"/>.</summary>
    public static string ForContract(string contractId) => "contract/" + contractId;

    /// <summary>The chain of the token <paramref name="serial"/>.</summary>
    public static string ForToken(string serial) => TokenPrefix + serial;

    /// <summary>Whether <paramref name="chain"/> is a token's chain, and if so of which serial.</summary>
    public static bool IsTokenChain(string chain, out string serial)
    {
        ArgumentNullException.ThrowIfNull(chain);
        serial = chain.StartsWith(TokenPrefix, StringComparison.Ordinal) ? chain[TokenPrefix.Length..] : "";
        return serial.Length > 0;
    }

    /// <summary>The storage log that holds the entries of <paramref name="chain"/>.</summary>
    public static string LogName(string chain) => "audit/" + chain;
}
