namespace Inkan.TokenEmulator.Store;

/// <summary>
/// Creates the files that hold token keys in plain text (the key store and the import files) so that only their owner
/// may read them; the default mode would let every local user copy the keys.
/// </summary>
internal static class KeyFile
{
    public static FileStream Create(string path, FileMode mode)
    {
        var options = new FileStreamOptions { Mode = mode, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        return new FileStream(path, options);
    }
}
