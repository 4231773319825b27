using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Inkan.Grains.Security;

/// <summary>
/// Hashes login passwords and confirmation PINs with ASP.NET Core Identity's slow salted hash (PBKDF2)
/// and verifies them in constant time. A malformed stored hash verifies as a failure, never as an error.
/// </summary>
public sealed class SecretHasher(IOptions<PasswordHasherOptions>? options = null, IPasswordHasher<object>? hasher = null)
{
    private static readonly object Subject = new();
    private readonly IPasswordHasher<object> _hasher = hasher ?? new PasswordHasher<object>(options);
    private string? _nothing;

    /// <summary>Hashes <paramref name="secret"/>.</summary>
    /// <exception cref="ArgumentException">The secret is empty.</exception>
    public string Hash(string secret)
    {
        ArgumentException.ThrowIfNullOrEmpty(secret);
        return _hasher.HashPassword(Subject, secret);
    }

    /// <summary>Checks <paramref name="secret"/> against <paramref name="hash"/>; says when the hash should be renewed.</summary>
    public PasswordVerificationResult Verify(string hash, string secret)
    {
        if (string.IsNullOrEmpty(hash) || string.IsNullOrEmpty(secret))
        {
            return PasswordVerificationResult.Failed;
        }

        try
        {
            return _hasher.VerifyHashedPassword(Subject, hash, secret);
        }
        catch (FormatException)
        {
            return PasswordVerificationResult.Failed;
        }
    }

    /// <summary>Spends one verification of <paramref name="secret"/> against a hash that matches nothing: the cost of a wrong secret.</summary>
    public void VerifyAgainstNothing(string secret)
    {
        _nothing ??= Hash(Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16)));
        _ = Verify(_nothing, secret);
    }
}
