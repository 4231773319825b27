using Inkan.Protocol.Tokens;
using Inkan.TokenEmulator.Cli;
using Inkan.TokenEmulator.Store;

namespace Inkan.TokenEmulator.Manufacturing;

/// <summary>
/// Writes a new batch into a directory: <c>batch.json</c> and <c>batch.pskc.xml</c> for the bank to import, and
/// the tokens added to the emulator's key store <c>tokens.json</c>. An existing batch is never overwritten.
/// </summary>
internal static class BatchFiles
{
    public const string JsonName = "batch.json";
    public const string PskcName = "batch.pskc.xml";

    public static void Write(string directory, IReadOnlyList<TokenRecord> tokens, string batchId)
    {
        var json = Path.Combine(directory, JsonName);
        var pskc = Path.Combine(directory, PskcName);
        var existing = new[] { json, pskc }.FirstOrDefault(Path.Exists);
        if (existing is not null)
        {
            throw new EmulatorException($"{existing} already exists; give 'manufacture' a new --out directory");
        }

        Directory.CreateDirectory(directory);
        new TokenStore(directory).Add(tokens);
        using (var stream = KeyFile.Create(json, FileMode.CreateNew))
        {
            TokenBatchJson.Write(stream, tokens, batchId);
        }

        using (var stream = KeyFile.Create(pskc, FileMode.CreateNew))
        {
            PskcDocument.Write(stream, tokens, batchId);
        }
    }
}
