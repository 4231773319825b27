using System.Diagnostics.CodeAnalysis;

namespace Inkan.Protocol.Tokens;

/// <summary>
/// The rule for a batch identifier: 1–64 characters of A–Z a–z 0–9 <c>. _ -</c>, starting with a
/// letter or <c>_</c>, so that it is also a valid XML ID for the PSKC container's <c>Id</c> attribute.
/// </summary>
public static class TokenBatchId
{
    private const int MaxLength = 64;

    /// <summary>Whether <paramref name="batchId"/> follows the rule.</summary>
    public static bool IsValid([NotNullWhen(true)] string? batchId) =>
        batchId is { Length: > 0 and <= MaxLength }
        && (char.IsAsciiLetter(batchId[0]) || batchId[0] == '_')
        && batchId.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-');

    /// <summary>Throws <see cref="ArgumentException"/> naming <paramref name="parameterName"/> when the id breaks the rule.</summary>
    public static void Validate(string? batchId, string parameterName)
    {
        if (!IsValid(batchId))
        {
            throw new ArgumentException(
                "The batch id must be 1-64 characters of A-Z a-z 0-9 . _ - starting with a letter or _.", parameterName);
        }
    }
}
