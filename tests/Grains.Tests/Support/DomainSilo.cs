using System.Security.Cryptography;
using Inkan.Grains.Audit;
using Inkan.Grains.Events;
using Inkan.Grains.Hosting;
using Inkan.Grains.Otp;
using Inkan.Grains.Policy;
using Inkan.Grains.Security;
using Inkan.Grains.Tokens;
using Inkan.Silo;
using Inkan.Silo.Diagnostics;
using Inkan.Silo.Hosting;
using Inkan.Silo.Storage;
using Inkan.Silo.Storage.Memory;
using Inkan.Silo.Storage.Postgres;
using Inkan.Silo.Storage.Sqlite;
using Inkan.TestSupport;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;

namespace Inkan.Grains.Tests.Support;

/// <summary>
/// A silo with the domain grains on a manual clock, recording its events; memory storage unless a SQLite
/// directory or a PostgreSQL connection string is given. The default policy has tokens mandatory since before the clock's start.
/// </summary>
internal sealed class DomainSilo : IAsyncDisposable
{
    private readonly IHost _host;
    private bool _stopped;

    private DomainSilo(IHost host) => _host = host;

    private IServiceProvider Services => _host.Services;

    public IGrainFactory Grains => Services.GetRequiredService<IGrainFactory>();

    public IGrainStorage Storage => Services.GetRequiredService<IGrainStorage>();

    public ManualTimeProvider Clock => (ManualTimeProvider)Services.GetRequiredService<TimeProvider>();

    public RecordingEvents Events => (RecordingEvents)Services.GetRequiredService<IAuthorizationEvents>();

    public TokenInventory Inventory => Services.GetRequiredService<TokenInventory>();

    public AuditLogReader Audit => Services.GetRequiredService<AuditLogReader>();

    public static PolicyOptions DefaultPolicy(DateTimeOffset now) => new()
    {
        EmailOtpMandatorySince = now.AddDays(-90),
        TokenAuthAvailableSince = now.AddDays(-60),
        TokenAuthMandatorySince = now.AddDays(-30),
    };

    public static async Task<DomainSilo> StartAsync(
        string? sqliteDirectory = null, ManualTimeProvider? clock = null, PolicyOptions? policy = null, string? masterKey = null, Action<OtpOptions>? otp = null, string? postgres = null,
        Func<IGrainStorage, IGrainStorage>? wrapStorage = null, Action<IServiceCollection>? configureServices = null)
    {
        clock ??= new ManualTimeProvider();
        policy ??= DefaultPolicy(clock.GetUtcNow());
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        var services = builder.Services;
        configureServices?.Invoke(services);
        services.AddLogging();
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton<IAuthorizationEvents, RecordingEvents>();
        services.Configure<PolicyOptions>(o => Copy(policy, o));
        services.Configure<OtpOptions>(o => otp?.Invoke(o));
        // Few hash iterations keep the tests fast; production uses ASP.NET Core's default.
        services.Configure<PasswordHasherOptions>(o => o.IterationCount = 1_000);
        services.AddSingleton<IMasterKeySource>(new ConfiguredMasterKeySource(masterKey ?? NewMasterKey()));
        services.AddSilo(silo => silo.AddInkanDomain().UseStorage(_ => (wrapStorage ?? (storage => storage))(CreateStorage(sqliteDirectory, postgres))));
        var host = builder.Build();
        await host.StartAsync();
        return new DomainSilo(host);
    }

    public static string NewMasterKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    /// <summary>Stops the silo gracefully: running turns and pending writes finish.</summary>
    public async Task StopAsync()
    {
        if (!_stopped)
        {
            _stopped = true;
            await _host.StopAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _host.Dispose();
    }

    private static IGrainStorage CreateStorage(string? sqliteDirectory, string? postgres) => (sqliteDirectory, postgres) switch
    {
        ({ } directory, _) => new SqliteGrainStorage(new SqliteStorageOptions { DataDirectory = directory }, NullLogger<SqliteGrainStorage>.Instance, new SiloMetrics()),
        (_, { } connectionString) => new PostgresGrainStorage(new PostgresStorageOptions { ConnectionString = connectionString }, NullLogger<PostgresGrainStorage>.Instance, new SiloMetrics()),
        _ => new MemoryGrainStorage(NullLogger<MemoryGrainStorage>.Instance, new SiloMetrics()),
    };

    private static void Copy(PolicyOptions from, PolicyOptions to)
    {
        to.EmailOtpMandatorySince = from.EmailOtpMandatorySince;
        to.TokenAuthAvailableSince = from.TokenAuthAvailableSince;
        to.TokenAuthMandatorySince = from.TokenAuthMandatorySince;
        to.TokenFailureLimit = from.TokenFailureLimit;
        to.ChallengeLifetime = from.ChallengeLifetime;
    }
}
