using System.Diagnostics.CodeAnalysis;

namespace Inkan.Protocol.Tokens;

/// <summary>
/// The shape rules shared by every token batch format: 10-digit serials and 32-byte keys
/// (the suite is <see cref="Txa.TxaCode.SuiteText"/>).
/// </summary>
public static class TokenSerial
{
    /// <summary>The number of digits of a token serial.</summary>
    public const int Length = 10;

    /// <summary>The length of a token's secret, in bytes.</summary>
    public const int KeyLength = 32;

    /// <summary>Whether <paramref name="serial"/> is exactly 10 ASCII digits.</summary>
    public static bool IsValid([NotNullWhen(true)] string? serial) =>
        serial is { Length: Length } && serial.All(char.IsAsciiDigit);
}
