using System.Runtime.InteropServices;

namespace Inkan.Silo.Storage.Sqlite;

/// <summary>
/// Makes SQLite's sleeps as short as asked. The bundled library (e_sqlite3 2.0.6) is built without <c>HAVE_USLEEP</c>,
/// so its unix VFS rounds every sleep up to whole seconds: a reader that retries the WAL index a few times while the
/// writer commits stalls for one second. This registers, as the default VFS, a copy of the unix VFS whose
/// <c>xSleep</c> sleeps the microseconds asked for.
/// </summary>
internal static class SqliteSleep
{
    private const string Library = "e_sqlite3";

    // sqlite3_vfs: three ints, then pointers; xSleep is the 13th pointer (after pNext, zName, pAppData, xOpen, xDelete,
    // xAccess, xFullPathname, xDlOpen, xDlError, xDlSym, xDlClose, xRandomness).
    private const int SleepPointerIndex = 12;

    // Kept alive for the process: SQLite calls it through the function pointer.
    private static readonly SleepFunction Sleep = SleepMicroseconds;

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate int SleepFunction(nint vfs, int microseconds);

    /// <summary>The name of the registered VFS.</summary>
    public const string VfsName = "inkan-unix";

    /// <summary>Registers the copy as the default VFS; call once, after SQLite's provider is initialized.</summary>
    public static void Install()
    {
        var unix = sqlite3_vfs_find(0);
        if (unix == 0)
        {
            throw new InvalidOperationException("SQLite has no default VFS.");
        }

        var size = SizeOf(Marshal.ReadInt32(unix));
        var copy = Marshal.AllocHGlobal(size);
        var bytes = new byte[size];
        Marshal.Copy(unix, bytes, 0, size);
        Marshal.Copy(bytes, 0, copy, size);
        Marshal.WriteIntPtr(copy, PointerOffset(1), Marshal.StringToHGlobalAnsi(VfsName));
        Marshal.WriteIntPtr(copy, PointerOffset(SleepPointerIndex), Marshal.GetFunctionPointerForDelegate(Sleep));
        var rc = sqlite3_vfs_register(copy, makeDefault: 1);
        if (rc != 0)
        {
            throw new InvalidOperationException($"SQLite refused the VFS (error {rc}).");
        }
    }

    private static int SleepMicroseconds(nint vfs, int microseconds)
    {
        // Below a millisecond (WAL retries ask for 1 µs and more), yielding the core is what the retry needs.
        Thread.Sleep(microseconds < 1_000 ? 0 : microseconds / 1_000);
        return microseconds;
    }

    private static int PointerOffset(int index) => Align(3 * sizeof(int)) + index * IntPtr.Size;

    // Version 1 ends with xGetLastError (17 pointers), version 2 adds xCurrentTimeInt64, version 3 three system-call hooks.
    private static int SizeOf(int version) => PointerOffset(version switch { 1 => 17, 2 => 18, _ => 21 });

    private static int Align(int offset) => (offset + IntPtr.Size - 1) / IntPtr.Size * IntPtr.Size;

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    private static extern nint sqlite3_vfs_find(nint name);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    private static extern int sqlite3_vfs_register(nint vfs, int makeDefault);
}
