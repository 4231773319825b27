using System.Runtime.InteropServices;
using Inkan.Silo.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Inkan.Silo.Tests.Storage.Sqlite;

/// <summary>
/// The bundled SQLite sleeps in whole seconds (built without <c>HAVE_USLEEP</c>); the storage's connections must not:
/// a one-second stall in a WAL read or a lock wait was the maximum latency of every SQLite load run.
/// </summary>
public sealed class SqliteSleepTests : IDisposable
{
    private const int SqliteBusy = 5;

    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("inkan-sqlite-sleep-");

    private string FilePath => Path.Combine(_root.FullName, "sleep.db");

    public void Dispose() => _root.Delete(recursive: true);

    [Fact]
    public void Open_DefaultVfs_IsTheCopyThatSleepsMicroseconds()
    {
        using var connection = new SqliteConnections(FilePath, TimeSpan.FromSeconds(1)).Open();

        var vfs = sqlite3_vfs_find(0);

        Assert.Equal(SqliteSleep.VfsName, Marshal.PtrToStringAnsi(Marshal.ReadIntPtr(vfs, 16 + IntPtr.Size)));
        // sqlite3_sleep answers the milliseconds the default VFS slept: the library's own says 1,000 for 1 asked.
        Assert.Equal(1, sqlite3_sleep(1));
    }

    [Fact]
    public void Open_LockReleasedWithinTheTimeout_WaitsForItInsteadOfFailing()
    {
        var (holder, waiter) = HoldWriteLock(TimeSpan.FromMilliseconds(900));
        using var _ = holder;
        using var __ = waiter;

        // A thread of its own: a busy thread pool in a parallel test run must not delay the release past the timeout.
        var release = new Thread(() =>
        {
            Thread.Sleep(20);
            SqliteConnections.Execute(holder, "COMMIT");
        });
        release.Start();

        // Raw SQLite, so that only the busy handler retries (Microsoft.Data.Sqlite would retry on its own).
        // SQLite's own handler gives up at once when the timeout is under a second: it can only sleep whole seconds.
        Assert.Equal(raw.SQLITE_OK, raw.sqlite3_exec(waiter.Handle, "BEGIN IMMEDIATE"));
        raw.sqlite3_exec(waiter.Handle, "COMMIT");
        release.Join();
    }

    [Fact]
    public void Open_LockHeldPastTheTimeout_GivesUpWithBusy()
    {
        var (holder, waiter) = HoldWriteLock(TimeSpan.FromMilliseconds(100));
        using var _ = holder;
        using var __ = waiter;

        Assert.Equal(SqliteBusy, raw.sqlite3_exec(waiter.Handle, "BEGIN IMMEDIATE"));
        SqliteConnections.Execute(holder, "COMMIT");
    }

    // Two connections with the busy timeout; the first holds the write lock.
    private (SqliteConnection Holder, SqliteConnection Waiter) HoldWriteLock(TimeSpan busyTimeout)
    {
        var connections = new SqliteConnections(FilePath, busyTimeout);
        var holder = connections.Open();
        SqliteConnections.Execute(holder, "BEGIN IMMEDIATE");
        return (holder, connections.Open());
    }

    [DllImport("e_sqlite3", CallingConvention = CallingConvention.Cdecl)]
    private static extern nint sqlite3_vfs_find(nint name);

    [DllImport("e_sqlite3", CallingConvention = CallingConvention.Cdecl)]
    private static extern int sqlite3_sleep(int milliseconds);
}
