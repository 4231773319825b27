using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;

namespace Inkan.Silo.Storage.Sqlite;

/// <summary>
/// A busy handler that waits for a lock in milliseconds: SQLite's own, built without <c>HAVE_USLEEP</c>, waits in
/// whole seconds. It retries every millisecond for the first ten tries, then every ten, until the timeout has passed.
/// </summary>
internal static class SqliteBusyWait
{
    private const int ShortTries = 10;
    private const int LongSleepMs = 10;

    // Kept alive for the process: SQLite calls it through the function pointer.
    private static readonly BusyFunction Callback = OnBusy;
    private static readonly nint CallbackPointer = Marshal.GetFunctionPointerForDelegate(Callback);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate int BusyFunction(nint maxTries, int count);

    /// <summary>Sets the connection's busy handler (it replaces any <c>busy_timeout</c>).</summary>
    public static void Install(SqliteConnection connection, TimeSpan timeout)
    {
        var maxTries = ShortTries + (nint)Math.Clamp((timeout.TotalMilliseconds - ShortTries) / LongSleepMs, 0, int.MaxValue - ShortTries);
        var rc = sqlite3_busy_handler(connection.Handle!.DangerousGetHandle(), CallbackPointer, maxTries);
        if (rc != 0)
        {
            throw new InvalidOperationException($"SQLite refused the busy handler (error {rc}).");
        }
    }

    // The argument SQLite hands back is the try limit itself; count is the number of earlier tries for this lock.
    private static int OnBusy(nint maxTries, int count)
    {
        if (count >= maxTries)
        {
            return 0;
        }

        Thread.Sleep(count < ShortTries ? 1 : LongSleepMs);
        return 1;
    }

    [DllImport("e_sqlite3", CallingConvention = CallingConvention.Cdecl)]
    private static extern int sqlite3_busy_handler(nint db, nint callback, nint argument);
}
