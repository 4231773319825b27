using Inkan.TestSupport.Postgres;

namespace Inkan.Gateway.Tests.Faults;

/// <summary>SIGKILL of the gateway process during load on PostgreSQL, then a restart on the same database.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresGatewayKillTests(PostgresCluster postgres) : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("inkan-kill-pg-");

    [Fact]
    public async Task Kill_DuringLoadOnPostgres_KeepsEveryAcknowledgedAuthorizationOnce()
        => await KillDuringLoad.RunAsync(_directory.FullName, new Dictionary<string, string>
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:ConnectionString"] = await postgres.DatabaseForAsync(GetType()),
        });

    public void Dispose() => _directory.Delete(recursive: true);
}
