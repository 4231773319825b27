using System.Security.Cryptography;
using Inkan.Gateway.Tests.Support;
using Inkan.Gateway.Api.Auth;
using Inkan.Gateway.Tests.Mail;
using Inkan.Grains.ApiKeys;
using Inkan.Silo.Diagnostics;
using Inkan.Silo.Storage;
using Inkan.Silo.Storage.Memory;
using Inkan.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Inkan.Gateway.Tests.Api.Support;

/// <summary>
/// The real gateway (<c>Program</c>) in memory: its own temporary data directory, the test run's master key, a manual
/// clock, fast password hashing, memory storage (a <see cref="MemoryStateStore"/> that a restarted factory can share) unless SQLite is asked for,
/// and no demo data unless the settings enable it.
/// </summary>
public sealed class BankApiFactory : WebApplicationFactory<Program>
{
    private static readonly string SharedMasterKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    private readonly string? _givenDirectory;
    private string? _temporaryDirectory;

    /// <summary>Configuration settings on top of the test defaults.</summary>
    public IDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();

    /// <summary>The memory store; give another factory's to start the gateway again on the same state.</summary>
    public MemoryStateStore Store { get; init; } = new();

    /// <summary>Whether another gateway runs over <see cref="Store"/> at the same time, as nodes over one database do.</summary>
    public bool StoreShared { get; init; }

    /// <summary>Whether to run on the embedded SQLite storage (in <see cref="DataDirectory"/>) instead of memory.</summary>
    public bool Sqlite { get; init; }

    /// <summary>The data directory: a temporary one (deleted with the factory) unless one is given (left alone).</summary>
    public string DataDirectory
    {
        get => _givenDirectory ?? (_temporaryDirectory ??= Directory.CreateTempSubdirectory("inkan-api-").FullName);
        init => _givenDirectory = value;
    }

    public ManualTimeProvider Clock => Time.Clock;

    /// <summary>The gateway's clock, which also tells when code under test waits on it.</summary>
    public TimerWatch Time { get; } = new(new ManualTimeProvider());

    public LogCollector Logs { get; } = new();

    /// <summary>A client that sends a new API key with <paramref name="scopes"/>.</summary>
    public async Task<HttpClient> ClientAsync(ApiScopes scopes = ApiScopes.Transactions | ApiScopes.BackOffice)
        => WithKey((await IssueKeyAsync(scopes)).ApiKey);

    /// <summary>A new API key with <paramref name="scopes"/>.</summary>
    public Task<IssuedApiKey> IssueKeyAsync(ApiScopes scopes) => Services.GetRequiredService<ApiKeyIssuer>().IssueAsync("test bank", scopes);

    /// <summary>A client that sends <paramref name="apiKey"/> as a bearer token.</summary>
    public HttpClient WithKey(string apiKey)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", apiKey);
        return client;
    }

    /// <inheritdoc />
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in SeedPolicy.Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.UseSetting("DataDirectory", DataDirectory);
        // The gateways of one test run share their master key, as the nodes of one bank do (the check at start requires it).
        builder.UseSetting("Inkan:KeyProtection:MasterKey", SharedMasterKey);
        builder.UseSetting("Demo:Enabled", "false");
        builder.UseSetting("BankApi:Callbacks:PollInterval", "01:00:00");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Time);
            // Few hash iterations keep the tests fast; production uses ASP.NET Core's default.
            services.Configure<PasswordHasherOptions>(o => o.IterationCount = 1_000);
            if (!Sqlite)
            {
                services.AddSingleton<IGrainStorage>(sp => new MemoryGrainStorage(sp.GetRequiredService<ILogger<MemoryGrainStorage>>(), sp.GetRequiredService<SiloMetrics>(), Store)
                {
                    SharedWithOtherSilos = StoreShared,
                });
            }
        });
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _temporaryDirectory is not null && Directory.Exists(_temporaryDirectory))
        {
            Directory.Delete(_temporaryDirectory, recursive: true);
        }
    }
}
