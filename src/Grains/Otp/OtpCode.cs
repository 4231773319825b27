using System.Security.Cryptography;

namespace Inkan.Grains.Otp;

/// <summary>Makes one-time passwords and reads what users type back.</summary>
public static class OtpCode
{
    /// <summary>
    /// A new OTP of <paramref name="digits"/> decimal digits, each drawn uniformly from a cryptographic
    /// random source (<see cref="RandomNumberGenerator.GetInt32(int)"/> rejects out-of-range draws, so no modulo bias).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="digits"/> is not from 4 to 10.</exception>
    public static string Generate(int digits)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(digits, 4);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(digits, 10);
        return string.Create(digits, 0, static (span, _) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = (char)('0' + RandomNumberGenerator.GetInt32(10));
            }
        });
    }

    /// <summary>
    /// What the user typed as ASCII digits: surrounding white space removed, full-width digits (a Japanese
    /// IME's default) mapped to ASCII. Anything else is kept, so it simply fails to match.
    /// </summary>
    public static string Normalize(string? typed)
    {
        var trimmed = (typed ?? string.Empty).Trim();
        return string.Create(trimmed.Length, trimmed, static (span, source) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                var c = source[i];
                span[i] = c is >= '０' and <= '９' ? (char)('0' + (c - '０')) : c;
            }
        });
    }
}
