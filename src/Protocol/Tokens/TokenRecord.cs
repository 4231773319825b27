using System.Security.Cryptography;
using System.Text;

namespace Inkan.Protocol.Tokens;

/// <summary>
/// One manufactured token as the bank imports it: its 10-digit serial and its 32-byte OCRA secret.
/// The constructor rejects any other shape, and the key never appears in <see cref="ToString"/>.
/// </summary>
public sealed record TokenRecord
{
    /// <summary>Creates a record; throws <see cref="ArgumentException"/> when the serial or key is malformed.</summary>
    public TokenRecord(string serial, byte[] key)
    {
        ArgumentNullException.ThrowIfNull(serial);
        ArgumentNullException.ThrowIfNull(key);
        if (!TokenSerial.IsValid(serial))
        {
            throw new ArgumentException("The token serial must be exactly 10 digits.", nameof(serial));
        }

        if (key.Length != TokenSerial.KeyLength)
        {
            throw new ArgumentException($"The token key must be {TokenSerial.KeyLength} bytes.", nameof(key));
        }

        Serial = serial;
        Key = key;
    }

    /// <summary>The token's serial number: 10 decimal digits.</summary>
    public string Serial { get; }

    /// <summary>The token's 32-byte secret.</summary>
    public byte[] Key { get; }

    /// <inheritdoc/>
    public bool Equals(TokenRecord? other) =>
        other is not null && Serial == other.Serial && CryptographicOperations.FixedTimeEquals(Key, other.Key);

    /// <inheritdoc/>
    public override int GetHashCode() => Serial.GetHashCode(StringComparison.Ordinal);

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Serial = ").Append(Serial);
        return true;
    }
}
