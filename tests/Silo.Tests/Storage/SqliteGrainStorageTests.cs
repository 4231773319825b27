using Inkan.Silo.Diagnostics;
using Inkan.Silo.Storage;
using Inkan.Silo.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace Inkan.Silo.Tests.Storage;

/// <summary>The storage contract on <see cref="SqliteGrainStorage"/>, each database a data directory under a temporary directory.</summary>
public sealed class SqliteGrainStorageTests : GrainStorageContractTests
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("inkan-sqlite-");

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _root.Delete(recursive: true);
    }

    [Fact]
    public async Task InitializeAsync_NewDataDirectory_CreatesWalDatabaseAtSchemaVersionOne()
    {
        var directory = await NewDatabaseAsync();
        await OpenAsync(directory);

        await using var connection = new SqliteConnection($"Data Source={Path.Combine(directory, SqliteStorageOptions.DefaultFileName)};Pooling=False");
        await connection.OpenAsync();
        Assert.Equal("wal", await ScalarAsync(connection, "PRAGMA journal_mode"));
        Assert.Equal(1L, await ScalarAsync(connection, "SELECT version FROM inkan_schema"));
        Assert.Equal(1L, await ScalarAsync(connection, "SELECT count(*) FROM inkan_schema"));
    }

    [Fact]
    public async Task InitializeAsync_AnotherStorageHasTheFileOpen_RefusesNamingTheFileUntilItIsDisposed()
    {
        var directory = await NewDatabaseAsync();
        var metrics = new SiloMetrics();
        await using var first = Create(directory, metrics);
        await using var second = new SqliteGrainStorage(
            new SqliteStorageOptions { DataDirectory = directory, BusyTimeout = TimeSpan.FromMilliseconds(200) },
            NullLogger<SqliteGrainStorage>.Instance,
            metrics);
        await first.InitializeAsync(CancellationToken.None);

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => second.InitializeAsync(CancellationToken.None));
        await first.DisposeAsync();
        await second.InitializeAsync(CancellationToken.None);

        Assert.Contains(Path.Combine(directory, SqliteStorageOptions.DefaultFileName), refused.Message, StringComparison.Ordinal);
        Assert.Contains("PostgreSQL", refused.Message, StringComparison.Ordinal);
        Assert.Equal(1, await second.WriteAsync(Write("k", 0, "x")));
        await second.DisposeAsync();
        metrics.Dispose();
    }

    [Fact]
    public void ResolveFilePath_NeitherFileNorDirectory_ThrowsNamingTheOptions()
    {
        var error = Assert.Throws<ArgumentException>(() => new SqliteStorageOptions().ResolveFilePath());

        Assert.Contains(nameof(SqliteStorageOptions.DataDirectory), error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(SqliteStorageOptions.FilePath), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ResolveFilePath_FilePathSet_TakesPrecedenceOverDirectory()
    {
        var options = new SqliteStorageOptions { DataDirectory = "/data", FilePath = "/elsewhere/x.db" };

        Assert.Equal("/elsewhere/x.db", options.ResolveFilePath());
        Assert.Equal("/data/silo.db", new SqliteStorageOptions { DataDirectory = "/data" }.ResolveFilePath());
    }

    [Fact]
    public async Task WriteAsync_SqliteRefusesAStatement_FailsTheBatchWithItsErrorAndStoresNothingOfIt()
    {
        var directory = await NewDatabaseAsync();
        var (storage, _) = await OpenAsync(directory);
        await using (var connection = new SqliteConnection($"Data Source={Path.Combine(directory, SqliteStorageOptions.DefaultFileName)};Pooling=False"))
        {
            await connection.OpenAsync();
            await ScalarAsync(connection, "CREATE TRIGGER refuse BEFORE INSERT ON grain_log WHEN NEW.log = 'refused' BEGIN SELECT RAISE(ABORT, 'log refused'); END");
        }

        Task<long> refused, alongside;
        using (storage.HoldBatches())
        {
            refused = storage.WriteAsync(Write("a", 0, "x", logs: new LogAppend("refused", "entry")));
            alongside = storage.WriteAsync(Write("b", 0, "y"));
        }

        var error = await Assert.ThrowsAsync<SqliteException>(() => refused);
        await Assert.ThrowsAsync<SqliteException>(() => alongside);
        var next = await storage.WriteAsync(Write("c", 0, "z"));

        Assert.Contains("log refused", error.Message, StringComparison.Ordinal);
        Assert.False((await ReadAsync(storage, "a")).RecordExists);
        Assert.False((await ReadAsync(storage, "b")).RecordExists);
        Assert.Equal(1, next);
    }

    protected override Task<string> NewDatabaseAsync()
        => Task.FromResult(Path.Combine(_root.FullName, Guid.NewGuid().ToString("N")));

    protected override BatchingGrainStorage Create(string database, SiloMetrics metrics)
        => new SqliteGrainStorage(new SqliteStorageOptions { DataDirectory = database }, NullLogger<SqliteGrainStorage>.Instance, metrics);

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
