using System.Security.Cryptography;
using Inkan.Protocol.Tokens;

namespace Inkan.Gateway.Demo;

/// <summary>
/// The demo's token batch: fixed serials, fresh keys, and the token emulator's key store written exactly as
/// <c>TokenEmulator manufacture</c> writes it (<c>tokens.json</c> in the JSON batch format, batch id <c>emulator-store</c>).
/// </summary>
public static class DemoTokens
{
    /// <summary>The serial shared by the two demo users.</summary>
    public const string SharedSerial = "0000000101";

    /// <summary>The serial issued to the contract for the master user to register.</summary>
    public const string MasterSerial = "0000000102";

    /// <summary>The serial issued to the contract for the email OTP user, for when tokens are mandatory (the default policy).</summary>
    public const string SpareSerial = "0000000103";

    /// <summary>The emulator's key store file name.</summary>
    public const string StoreFileName = "tokens.json";

    private const string StoreBatchId = "emulator-store";

    /// <summary>Three new tokens.</summary>
    public static IReadOnlyList<TokenRecord> Manufacture()
        => [.. new[] { SharedSerial, MasterSerial, SpareSerial }.Select(s => new TokenRecord(s, RandomNumberGenerator.GetBytes(TokenSerial.KeyLength)))];

    /// <summary>Writes the emulator's key store into <paramref name="directory"/> (replacing one left by an earlier demo).</summary>
    public static void WriteStore(string directory, IReadOnlyList<TokenRecord> tokens)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, StoreFileName);
        var temporary = path + ".tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write))
        {
            TokenBatchJson.Write(stream, tokens, StoreBatchId);
        }

        File.Move(temporary, path, overwrite: true);
    }
}
