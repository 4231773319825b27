using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Inkan.Benchmarks.Verification;
using Inkan.Grains.Hosting;
using Inkan.Grains.Tokens;
using Inkan.Silo.Storage;

namespace Inkan.Benchmarks.Activations;

/// <summary>
/// <c>activations COUNT [memory|sqlite]</c>: stores COUNT issued, registered tokens straight into the storage,
/// then activates every one of them through the silo (<see cref="ITokenGrain.GetInfoAsync"/>, which loads the
/// state) and prints the time it took, the managed heap each idle activation keeps and the CPU they cost while idle.
/// </summary>
public static class ActivationRunner
{
    private const int Concurrency = 1_000;
    private static readonly TimeSpan IdleWindow = TimeSpan.FromSeconds(10);

    public static async Task<int> RunAsync(string[] args)
    {
        if (args is not [_, var countText, ..] || !int.TryParse(countText, CultureInfo.InvariantCulture, out var count) || count < 1)
        {
            await Console.Error.WriteLineAsync("usage: activations COUNT [memory|sqlite]");
            return 2;
        }

        var provider = args.Length > 2 ? args[2] : "memory";
        await using var silo = await VerificationSilo.StartAsync(provider);
        var serials = Enumerable.Range(1, count).Select(i => i.ToString("D10", CultureInfo.InvariantCulture)).ToArray();
        var store = Stopwatch.StartNew();
        await StoreTokensAsync(silo.Storage.Storage, serials);
        Console.WriteLine($"stored {count} token records in {store.Elapsed.TotalSeconds:0.0} s ({provider})");

        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        var clock = Stopwatch.StartNew();
        await InChunksAsync(serials, serial => silo.Grains.GetGrain<ITokenGrain>(serial).GetInfoAsync());
        var elapsed = clock.Elapsed;
        var heapAfter = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{provider}: activated {count} tokens in {elapsed.TotalSeconds:0.00} s = {count / elapsed.TotalSeconds:0} activations/s; managed heap {heapBefore / 1048576.0:0} MB before, {heapAfter / 1048576.0:0} MB after = {(heapAfter - heapBefore) / (double)count:0} B per idle activation"));

        clock.Restart();
        await InChunksAsync(serials, serial => silo.Grains.GetGrain<ITokenGrain>(serial).GetInfoAsync());
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{provider}: a second call to each (already active) took {clock.Elapsed.TotalSeconds:0.00} s"));

        // What keeping them costs while nothing calls: the collector's passes over the activations.
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        clock.Restart();
        await Task.Delay(IdleWindow);
        process.Refresh();
        var idleCpu = process.TotalProcessorTime - cpuBefore;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{provider}: idle for {clock.Elapsed.TotalSeconds:0.0} s with {count} activations: {idleCpu.TotalMilliseconds:0} ms of CPU = {idleCpu / clock.Elapsed:P1} of one core"));
        GC.KeepAlive(silo);
        return 0;
    }

    private static Task StoreTokensAsync(IGrainStorage storage, string[] serials)
    {
        var state = new TokenState
        {
            Status = TokenStatus.Active,
            ProtectedKey = RandomNumberGenerator.GetBytes(61),
            BatchId = "bench",
            ContractId = "B000001",
            Users = ["master"],
        };
        var payload = JsonSerializer.SerializeToUtf8Bytes(state, GrainsJsonContext.Default.TokenState);
        return InChunksAsync(serials, serial => storage.WriteAsync(new StateWrite("token.token", serial, 0, payload)));
    }

    private static async Task InChunksAsync<T>(string[] keys, Func<string, Task<T>> call)
    {
        for (var start = 0; start < keys.Length; start += Concurrency)
        {
            await Task.WhenAll(keys.Skip(start).Take(Concurrency).Select(call));
        }
    }
}
