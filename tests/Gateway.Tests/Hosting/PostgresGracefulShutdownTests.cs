using Inkan.TestSupport.Postgres;

namespace Inkan.Gateway.Tests.Hosting;

/// <summary>SIGTERM of the gateway process during load on PostgreSQL (<see cref="TerminateDuringLoad"/>).</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresGracefulShutdownTests(PostgresCluster postgres) : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("inkan-term-pg-");

    [Fact]
    public async Task Terminate_DuringLoadOnPostgres_ExitsZeroKeepingEveryAcknowledgedAuthorization()
        => await TerminateDuringLoad.RunAsync(_directory.FullName, new Dictionary<string, string>
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:ConnectionString"] = await postgres.DatabaseForAsync(GetType()),
        });

    public void Dispose() => _directory.Delete(recursive: true);
}
