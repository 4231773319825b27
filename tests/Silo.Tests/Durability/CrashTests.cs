using System.Diagnostics;
using System.Text.Json;
using Inkan.Silo.Storage;
using Inkan.Silo.Tests.Grains;
using Inkan.Silo.Tests.Hosting;
using Inkan.TestSupport.Postgres;

namespace Inkan.Silo.Tests.Durability;

[Collection(PostgresCollection.Name)]
public sealed class CrashTests(PostgresCluster postgres)
{
    [Fact]
    public async Task Sigkill_MidStream_EveryAcknowledgedWriteIsStored_Sqlite()
    {
        var directory = Directory.CreateTempSubdirectory("inkan-crash-");
        var acknowledged = await RunAndKillAsync("sqlite", directory.FullName);

        await using var storage = TestStorages.Sqlite(directory.FullName)(TestStorages.EmptyServices);
        await AssertStoredAsync(storage, acknowledged);
        directory.Delete(recursive: true);
    }

    [Fact]
    public async Task Sigkill_MidStream_EveryAcknowledgedWriteIsStored_Postgres()
    {
        var connectionString = await postgres.CreateDatabaseAsync(nameof(CrashTests));
        var acknowledged = await RunAndKillAsync("postgres", connectionString);

        await using var storage = TestStorages.Postgres(connectionString)(TestStorages.EmptyServices);
        await AssertStoredAsync(storage, acknowledged);
    }

    private static async Task<Dictionary<string, int>> RunAndKillAsync(string kind, string target)
    {
        var child = Process.Start(new ProcessStartInfo("dotnet")
        {
            ArgumentList = { typeof(CrashChildProgram).Assembly.Location, "crash-child", kind, target },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        })!;
        var acknowledged = new Dictionary<string, int>();
        var lines = 0;
        while (await child.StandardOutput.ReadLineAsync() is { } line)
        {
            var parts = line.Split(' ');
            acknowledged[parts[1]] = int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture);
            if (++lines == 3000)
            {
                child.Kill(entireProcessTree: true); // SIGKILL on Linux
                break;
            }
        }

        // Lines already written to the pipe before the kill are acknowledgements too.
        while (await child.StandardOutput.ReadLineAsync() is { } line)
        {
            var parts = line.Split(' ');
            if (parts is ["ACK", var key, var value])
            {
                acknowledged[key] = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        await child.WaitForExitAsync();
        Assert.True(lines >= 3000, $"the child stopped early: {await child.StandardError.ReadToEndAsync()}");
        return acknowledged;
    }

    private static async Task AssertStoredAsync(IGrainStorage storage, Dictionary<string, int> acknowledged)
    {
        await storage.InitializeAsync(CancellationToken.None);
        foreach (var (key, value) in acknowledged)
        {
            var stored = await storage.ReadAsync("counter.counter", key, CancellationToken.None);
            var state = JsonSerializer.Deserialize(stored.Payload, SiloTestsJsonContext.Default.CounterState)!;
            Assert.True(state.Value >= value, $"{key}: acknowledged {value}, stored {state.Value}");
        }
    }
}
