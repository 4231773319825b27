using System.Security.Cryptography;
using Microsoft.Extensions.Logging;

namespace Inkan.Grains.Security;

/// <summary>
/// The embedded default: the master key lives in a file of the data directory, generated (readable by
/// the owner only) the first time it is needed. Losing the file makes every stored token key unreadable.
/// </summary>
public sealed partial class FileMasterKeySource(string path, ILogger<FileMasterKeySource> logger) : IMasterKeySource
{
    private readonly Lazy<byte[]> _key = new(() => LoadOrCreate(path, logger));

    /// <summary>The key file.</summary>
    public string Path { get; } = path;

    /// <inheritdoc />
    /// <exception cref="InvalidDataException">The file exists but does not hold exactly 32 bytes.</exception>
    public byte[] GetMasterKey() => (byte[])_key.Value.Clone();

    private static byte[] LoadOrCreate(string path, ILogger logger)
    {
        if (!File.Exists(path))
        {
            try
            {
                Create(path);
                LogGenerated(logger, path);
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another process created it first: use theirs.
            }
        }

        var key = File.ReadAllBytes(path);
        if (key.Length != MasterKey.Length)
        {
            throw new InvalidDataException($"The token master key file '{path}' must hold exactly {MasterKey.Length} bytes.");
        }

        return key;
    }

    private static void Create(string path)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        var key = RandomNumberGenerator.GetBytes(MasterKey.Length);
        using var file = new FileStream(path, options);
        file.Write(key);
        file.Flush(flushToDisk: true);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Generated a new token master key in {Path}. Back it up: without it no stored token key can be decrypted.")]
    private static partial void LogGenerated(ILogger logger, string path);
}
