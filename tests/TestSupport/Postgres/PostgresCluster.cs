using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Npgsql;
using Xunit;

namespace Inkan.TestSupport.Postgres;

/// <summary>
/// A real PostgreSQL for tests, as an xunit collection fixture: the server named by the connection string in
/// <c>INKAN_TEST_POSTGRES</c>, or else a private cluster (initdb in a temporary directory, its own port on
/// loopback, <c>fsync=on</c>) stopped and deleted on dispose. Missing binaries fail loudly, never skip.
/// </summary>
/// <remarks>Test classes share it through <see cref="PostgresCollection"/>.</remarks>
public sealed class PostgresCluster : IAsyncLifetime
{
    /// <summary>The environment variable with the connection string of an existing server.</summary>
    public const string EnvironmentVariable = "INKAN_TEST_POSTGRES";

    /// <summary>Where the PostgreSQL 15 binaries are expected.</summary>
    public const string BinDirectory = "/usr/lib/postgresql/15/bin";

    private readonly ConcurrentDictionary<string, Lazy<Task<string>>> _sharedDatabases = new();
    private readonly ConcurrentBag<string> _createdDatabases = [];
    private string? _directory;
    private string? _options;
    private string? _connectionString;

    /// <summary>The connection string of the server's <c>postgres</c> database.</summary>
    public string ConnectionString => _connectionString ?? throw new InvalidOperationException("The cluster is not started.");

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        var external = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(external))
        {
            _connectionString = external;
            return;
        }

        if (!File.Exists(Path.Combine(BinDirectory, "initdb")))
        {
            throw new InvalidOperationException(
                $"PostgreSQL 15 binaries are missing at {BinDirectory}. Install them (as root: apt-get install -y postgresql, or run eng/install-prerequisites.sh), or set {EnvironmentVariable} to the connection string of a server the tests may create databases on.");
        }

        _directory = Directory.CreateTempSubdirectory("inkan-pg-").FullName;
        var data = Path.Combine(_directory, "data");
        if (PostgresProcess.IsRoot)
        {
            await PostgresProcess.RunAsync("chown", ["postgres", _directory], asPostgres: false).ConfigureAwait(false);
        }

        await PostgresProcess.RunAsync(Path.Combine(BinDirectory, "initdb"), ["-D", data, "-A", "trust", "-U", "postgres", "--no-sync"]).ConfigureAwait(false);
        var port = FreePort();
        _options = $"-p {port} -k {_directory} -c listen_addresses=127.0.0.1 -c fsync=on -c max_connections=300";
        await StartAsync().ConfigureAwait(false);
        _connectionString = $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres";
    }

    /// <summary>
    /// Stops the private cluster with a fast shutdown (open transactions roll back, clients are disconnected) and
    /// waits until it is down; <see cref="StartAsync"/> brings it back on the same port and data.
    /// </summary>
    /// <exception cref="InvalidOperationException">The server is the one in <c>INKAN_TEST_POSTGRES</c>, which the tests do not own.</exception>
    public Task StopAsync()
        => PostgresProcess.RunAsync(Path.Combine(BinDirectory, "pg_ctl"), ["-D", DataDirectory, "-m", "fast", "-w", "-t", "120", "stop"]);

    /// <summary>Starts the private cluster (again) and waits until it takes connections.</summary>
    /// <exception cref="InvalidOperationException">The server is the one in <c>INKAN_TEST_POSTGRES</c>, which the tests do not own.</exception>
    public async Task StartAsync()
    {
        var log = Path.Combine(_directory ?? throw NotOwned(), "log");
        await PostgresProcess.RunAsync(Path.Combine(BinDirectory, "pg_ctl"), ["-D", DataDirectory, "-l", log, "-w", "-t", "120", "-o", _options!, "start"], logFile: log).ConfigureAwait(false);

        // This process's pooled connections (the fixture's own) died with the old server.
        NpgsqlConnection.ClearAllPools();
    }

    /// <summary>Creates a fresh, empty database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string name = "db")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var clean = new string([.. name.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).Take(30)]);
        var database = $"test_{clean}_{Guid.NewGuid():N}"[..Math.Min(63, 6 + clean.Length + 32)];
        await using (var connection = new NpgsqlConnection(ConnectionString))
        {
            await connection.OpenAsync().ConfigureAwait(false);
#pragma warning disable CA2100 // The name is built from letters, digits and a GUID.
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
#pragma warning restore CA2100
            await create.ExecuteNonQueryAsync().ConfigureAwait(false);
        }

        _createdDatabases.Add(database);
        return new NpgsqlConnectionStringBuilder(ConnectionString) { Database = database }.ToString();
    }

    /// <summary>The database of one test class: created on the first call for <paramref name="testClass"/>, the same one afterwards.</summary>
    public Task<string> DatabaseForAsync(Type testClass)
    {
        ArgumentNullException.ThrowIfNull(testClass);
        return _sharedDatabases.GetOrAdd(testClass.FullName!, _ => new Lazy<Task<string>>(() => CreateDatabaseAsync(testClass.Name))).Value;
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_directory is null)
        {
            await DropCreatedDatabasesAsync().ConfigureAwait(false);
            return;
        }

        try
        {
            await PostgresProcess.RunAsync(Path.Combine(BinDirectory, "pg_ctl"), ["-D", Path.Combine(_directory, "data"), "-m", "immediate", "-w", "stop"]).ConfigureAwait(false);
        }
        finally
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private async Task DropCreatedDatabasesAsync()
    {
        if (_connectionString is null)
        {
            return;
        }

        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync().ConfigureAwait(false);
        foreach (var database in _createdDatabases)
        {
#pragma warning disable CA2100 // Names this fixture created.
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
#pragma warning restore CA2100
            await drop.ExecuteNonQueryAsync().ConfigureAwait(false);
        }
    }

    private string DataDirectory => Path.Combine(_directory ?? throw NotOwned(), "data");

    private static InvalidOperationException NotOwned()
        => new($"The PostgreSQL server is not this fixture's own cluster (it is the one in {EnvironmentVariable}, or none is started): it cannot be stopped or started.");

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
