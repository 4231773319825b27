namespace Inkan.Grains.Users;

/// <summary>
/// The shapes of contract IDs and login IDs (SPEC section 7: 4–32 of A–Z a–z 0–9 <c>. _ -</c>; contract IDs
/// 1–32 of the same) and the user grain key <c>contract/login</c> built from them.
/// </summary>
public static class Identifiers
{
    /// <summary>Whether <paramref name="loginId"/> is a valid login ID.</summary>
    public static bool IsLoginId(string? loginId) => IsWord(loginId, 4, 32);

    /// <summary>Whether <paramref name="contractId"/> is a valid contract ID.</summary>
    public static bool IsContractId(string? contractId) => IsWord(contractId, 1, 32);

    /// <summary>Throws <see cref="ArgumentException"/> naming <paramref name="parameterName"/> unless the login ID is valid.</summary>
    public static string RequireLoginId(string? loginId, string parameterName)
        => IsLoginId(loginId) ? loginId! : throw new ArgumentException("A login ID is 4-32 characters of A-Z a-z 0-9 . _ -.", parameterName);

    /// <summary>Throws <see cref="ArgumentException"/> naming <paramref name="parameterName"/> unless the contract ID is valid.</summary>
    public static string RequireContractId(string? contractId, string parameterName)
        => IsContractId(contractId) ? contractId! : throw new ArgumentException("A contract ID is 1-32 characters of A-Z a-z 0-9 . _ -.", parameterName);

    /// <summary>The key of the user grain of <paramref name="loginId"/> in <paramref name="contractId"/>.</summary>
    public static string UserKey(string contractId, string loginId)
        => $"{RequireContractId(contractId, nameof(contractId))}/{RequireLoginId(loginId, nameof(loginId))}";

    /// <summary>Splits a user grain key back into its contract ID and login ID.</summary>
    public static (string ContractId, string LoginId) SplitUserKey(string userKey)
    {
        ArgumentNullException.ThrowIfNull(userKey);
        var slash = userKey.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? throw new ArgumentException("A user key is contract/login.", nameof(userKey)) : (userKey[..slash], userKey[(slash + 1)..]);
    }

    private static bool IsWord(string? value, int min, int max)
        => value is not null && value.Length >= min && value.Length <= max
            && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-');
}
