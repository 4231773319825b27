using Inkan.Protocol.Tokens;
using Inkan.TokenEmulator.Cli;

namespace Inkan.TokenEmulator.Store;

/// <summary>
/// The emulator's own key store: <c>DIR/tokens.json</c>, in the JSON batch format, holding every token
/// manufactured into DIR so that <c>--token SERIAL</c> finds its secret.
/// </summary>
internal sealed class TokenStore(string directory)
{
    public const string FileName = "tokens.json";
    private const string StoreBatchId = "emulator-store";

    public string FilePath { get; } = Path.Combine(directory, FileName);

    public byte[] KeyOf(string serial) =>
        Load().FirstOrDefault(t => t.Serial == serial)?.Key
            ?? throw new EmulatorException($"unknown token {serial}: it is not in the key store {FilePath}");

    /// <summary>Adds tokens to the store, creating it if needed; a serial already stored is an error and nothing is written.</summary>
    public void Add(IReadOnlyList<TokenRecord> tokens)
    {
        var existing = File.Exists(FilePath) ? Load() : [];
        var stored = existing.Select(t => t.Serial).ToHashSet(StringComparer.Ordinal);
        var clash = tokens.FirstOrDefault(t => stored.Contains(t.Serial));
        if (clash is not null)
        {
            throw new EmulatorException($"token {clash.Serial} is already in the key store {FilePath}; choose another --first-serial");
        }

        Directory.CreateDirectory(directory);
        var temporary = FilePath + ".tmp";
        using (var stream = KeyFile.Create(temporary, FileMode.Create))
        {
            TokenBatchJson.Write(stream, [.. existing, .. tokens], StoreBatchId);
        }

        File.Move(temporary, FilePath, overwrite: true);
    }

    private IReadOnlyList<TokenRecord> Load()
    {
        if (!File.Exists(FilePath))
        {
            throw new EmulatorException($"no key store at {FilePath}: run 'manufacture --out {directory}' first, or pass --store DIR");
        }

        try
        {
            using var stream = File.OpenRead(FilePath);
            return TokenBatchJson.Read(stream).Tokens;
        }
        catch (TokenBatchFormatException e)
        {
            throw new EmulatorException($"the key store {FilePath} is damaged: {e.Message}", e);
        }
    }
}
