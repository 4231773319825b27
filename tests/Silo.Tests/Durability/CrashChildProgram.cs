using Inkan.Silo.Tests.Grains;
using Inkan.Silo.Tests.Hosting;

namespace Inkan.Silo.Tests.Durability;

/// <summary>
/// The test assembly's entry point, used only by the crash test: run as a child process, it increments
/// counters through a silo and prints each acknowledged value, until it is killed.
/// </summary>
public static class CrashChildProgram
{
    /// <summary>Arguments: <c>crash-child sqlite DIR</c> or <c>crash-child postgres CONNECTION-STRING</c>.</summary>
    public static async Task<int> Main(string[] args)
    {
        if (args is not ["crash-child", var kind, var target])
        {
            await Console.Error.WriteLineAsync("usage: crash-child (sqlite DIR | postgres CONNECTION-STRING)");
            return 2;
        }

        await using var silo = await TestSilo.StartAsync(kind == "sqlite" ? TestStorages.Sqlite(target) : TestStorages.Postgres(target));
        var output = Console.Out;
        await Task.WhenAll(Enumerable.Range(0, 16).Select(async worker =>
        {
            var counter = silo.Grains.GetGrain<ICounterGrain>($"crash-{worker}");
            while (true)
            {
                var value = await counter.IncrementAsync();
                lock (output)
                {
                    output.WriteLine($"ACK crash-{worker} {value}");
                    output.Flush();
                }
            }
        }));
        return 0;
    }
}
