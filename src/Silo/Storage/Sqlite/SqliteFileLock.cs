namespace Inkan.Silo.Storage.Sqlite;

/// <summary>
/// Keeps every other storage, in this process or another, off one database file. SQLite storage serves one node, whose
/// activations trust their copies of state (<see cref="IGrainStorage.IsShared"/> is false): a second node on the same
/// file would go on serving states the other had moved on from.
/// </summary>
internal static class SqliteFileLock
{
    private static readonly TimeSpan RetryInterval = TimeSpan.FromMilliseconds(50);

    /// <summary>Locks <paramref name="filePath"/>'s lock file until the returned stream is disposed, waiting up to <paramref name="timeout"/> for another storage to let go.</summary>
    /// <exception cref="InvalidOperationException">Another storage still holds the lock after <paramref name="timeout"/>.</exception>
    public static FileStream Take(string filePath, TimeSpan timeout)
    {
        var path = filePath + ".lock";
        // Counted in tries, not read from a clock: storage takes no time source of its own, and the wait is only a bound.
        var triesLeft = Math.Max(1, (int)Math.Ceiling(timeout / RetryInterval));
        while (true)
        {
            try
            {
                // FileShare.None takes an exclusive flock on Unix (a share lock on Windows); the kernel drops it when the
                // process dies, so a killed node leaves nothing to clean up.
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException ex) when (--triesLeft <= 0)
            {
                throw new InvalidOperationException(
                    $"The SQLite database {filePath} is in use by another storage, in this process or another: {path} could not be locked ({ex.Message}). "
                        + "SQLite storage serves one node; several nodes share a PostgreSQL database.",
                    ex);
            }
            catch (IOException)
            {
                // A storage that is closing (a restart within the process, a node still shutting down) lets go soon.
                Thread.Sleep(RetryInterval);
            }
        }
    }
}
