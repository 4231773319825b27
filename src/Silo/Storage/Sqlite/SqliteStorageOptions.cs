namespace Inkan.Silo.Storage.Sqlite;

/// <summary>Where the SQLite storage keeps its database file, and how it batches writes.</summary>
public sealed class SqliteStorageOptions
{
    /// <summary>The file name used inside <see cref="DataDirectory"/>.</summary>
    public const string DefaultFileName = "silo.db";

    /// <summary>The data directory; the database is <see cref="DefaultFileName"/> in it (created when missing).</summary>
    public string? DataDirectory { get; set; }

    /// <summary>The database file; takes precedence over <see cref="DataDirectory"/>.</summary>
    public string? FilePath { get; set; }

    /// <summary>The most writes committed in one transaction.</summary>
    public int MaxBatchSize { get; set; } = 2_000;

    /// <summary>How long a connection waits for a lock held by another connection or process, and a starting storage for another storage on the file to close.</summary>
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The database file's full path.</summary>
    /// <exception cref="ArgumentException">Neither <see cref="FilePath"/> nor <see cref="DataDirectory"/> is set.</exception>
    public string ResolveFilePath()
    {
        if (!string.IsNullOrWhiteSpace(FilePath))
        {
            return Path.GetFullPath(FilePath);
        }

        return string.IsNullOrWhiteSpace(DataDirectory)
            ? throw new ArgumentException($"Set {nameof(SqliteStorageOptions)}.{nameof(FilePath)} or {nameof(SqliteStorageOptions)}.{nameof(DataDirectory)}.", nameof(DataDirectory))
            : Path.GetFullPath(Path.Combine(DataDirectory, DefaultFileName));
    }
}
