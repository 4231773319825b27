using System.Security.Cryptography;
using Inkan.Benchmarks.Storage;
using Inkan.Grains.Hosting;
using Inkan.Grains.Security;
using Inkan.Grains.Tokens;
using Inkan.Silo.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Inkan.Benchmarks.Verification;

/// <summary>
/// A silo with the domain grains on the system clock over a fresh <see cref="BenchStorage"/> (SQLite in a temporary
/// directory, or PostgreSQL: the server in <c>INKAN_TEST_POSTGRES</c>, else a private cluster).
/// </summary>
public sealed class VerificationSilo : IAsyncDisposable
{
    private readonly IHost _host;

    private VerificationSilo(IHost host, BenchStorage storage)
    {
        _host = host;
        Storage = storage;
    }

    public BenchStorage Storage { get; }

    public IGrainFactory Grains => _host.Services.GetRequiredService<IGrainFactory>();

    public TokenInventory Inventory => _host.Services.GetRequiredService<TokenInventory>();

    public static async Task<VerificationSilo> StartAsync(string provider)
    {
        var storage = await BenchStorage.StartAsync(provider);
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddLogging();
        // Setup hashes thousands of passwords and PINs that the benchmark never checks.
        builder.Services.Configure<PasswordHasherOptions>(o => o.IterationCount = 1);
        builder.Services.AddSingleton<IMasterKeySource>(new ConfiguredMasterKeySource(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))));
        // The product's settings: a transaction stays active while pending and deactivates itself once final.
        builder.Services.AddSilo(silo => silo.AddInkanDomain().UseStorage(_ => storage.Storage));
        var host = builder.Build();
        await host.StartAsync();
        return new VerificationSilo(host, storage);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
        await Storage.DisposeAsync();
    }
}
