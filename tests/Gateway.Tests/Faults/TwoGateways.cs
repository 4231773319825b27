using System.Security.Cryptography;
using Inkan.Gateway.Tests.Processes;
using Inkan.TestSupport.Postgres;

namespace Inkan.Gateway.Tests.Faults;

/// <summary>
/// Two gateway processes on one PostgreSQL database, as two nodes of one bank: each with its own data directory, both
/// with the same bank API key and token master key. Disposing stops both and deletes their directories.
/// </summary>
internal sealed class TwoGateways(GatewayProcess first, GatewayProcess second, DirectoryInfo[] directories) : IAsyncDisposable
{
    public GatewayProcess First => first;

    public GatewayProcess Second => second;

    /// <summary>Starts both on a fresh database named for <paramref name="test"/>.</summary>
    public static async Task<TwoGateways> StartAsync(PostgresCluster postgres, Type test)
    {
        var settings = new Dictionary<string, string>
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:ConnectionString"] = await postgres.DatabaseForAsync(test),
            ["Inkan:KeyProtection:MasterKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
        };
        var key = ProcessKey.Create();
        DirectoryInfo[] directories = [Directory.CreateTempSubdirectory("inkan-node-a-"), Directory.CreateTempSubdirectory("inkan-node-b-")];
        var a = await GatewayProcess.StartAsync(directories[0].FullName, settings, key);
        return new TwoGateways(a, await GatewayProcess.StartAsync(directories[1].FullName, settings, key), directories);
    }

    public async ValueTask DisposeAsync()
    {
        await first.DisposeAsync();
        await second.DisposeAsync();
        foreach (var directory in directories)
        {
            directory.Delete(recursive: true);
        }
    }
}
