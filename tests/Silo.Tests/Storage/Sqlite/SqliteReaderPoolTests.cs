using Inkan.Silo.Diagnostics;
using Inkan.Silo.Storage.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace Inkan.Silo.Tests.Storage.Sqlite;

/// <summary>The pool of read connections of <see cref="SqliteGrainStorage"/> when the storage is disposed during a read.</summary>
public sealed class SqliteReaderPoolTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("inkan-sqlite-pool-");

    public void Dispose() => _root.Delete(recursive: true);

    [Fact]
    public async Task DisposeAsync_ReadHandsItsConnectionBackMeanwhile_LeavesNoFileOpen()
    {
        using var metrics = new SiloMetrics();
        var storage = new SqliteGrainStorage(new SqliteStorageOptions { DataDirectory = _root.FullName }, NullLogger<SqliteGrainStorage>.Instance, metrics);
        await storage.InitializeAsync(CancellationToken.None);
        using var handingBack = new ManualResetEventSlim();
        using var disposed = new ManualResetEventSlim();
        storage.BeforeReaderReturns = () =>
        {
            handingBack.Set();
            disposed.Wait(Patience);
        };

        // The read is done and about to hand its connection back to the pool when the storage is disposed.
        var read = Task.Factory.StartNew(
            () => storage.ReadAsync("counter", "k", CancellationToken.None),
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default).Unwrap();
        Assert.True(handingBack.Wait(Patience));
        await storage.DisposeAsync();
        disposed.Set();

        Assert.False((await read).RecordExists);
        Assert.Empty(OpenFilesUnder(_root.FullName));
    }

    // The process's open file descriptors (Linux): a connection left open keeps the database and its WAL open.
    private static List<string> OpenFilesUnder(string directory)
    {
        var open = new List<string>();
        foreach (var descriptor in Directory.EnumerateFileSystemEntries("/proc/self/fd"))
        {
            try
            {
                if (new FileInfo(descriptor).LinkTarget is { } target && target.StartsWith(directory, StringComparison.Ordinal))
                {
                    open.Add(target);
                }
            }
            catch (IOException)
            {
                // Closed meanwhile by another test: not ours.
            }
        }

        return open;
    }
}
