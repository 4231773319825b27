using System.Security.Cryptography;
using Inkan.Grains.Audit;
using Inkan.Grains.Events;
using Inkan.Grains.Hosting;
using Inkan.Grains.Policy;
using Inkan.Grains.Security;
using Inkan.Grains.Tokens;
using Inkan.Silo;
using Inkan.Silo.Diagnostics;
using Inkan.Silo.Hosting;
using Inkan.Silo.Storage;
using Inkan.Silo.Storage.Memory;
using Inkan.Silo.Storage.Sqlite;
using Inkan.TestSupport;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;

namespace Inkan.Grains.Tests.Support;

/// <summary>
/// A silo with the domain grains on a manual clock, recording its events; memory storage unless a SQLite
/// directory is given. The default policy has tokens mandatory since before the clock's start.
/// </summary>
internal sealed class DomainSilo : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly IHostedService[] _hosted;
    private bool _stopped;

    private DomainSilo(ServiceProvider services)
    {
        _services = services;
        _hosted = [.. services.GetServices<IHostedService>()];
    }

    public IGrainFactory Grains => _services.GetRequiredService<IGrainFactory>();

    public IGrainStorage Storage => _services.GetRequiredService<IGrainStorage>();

    public ManualTimeProvider Clock => (ManualTimeProvider)_services.GetRequiredService<TimeProvider>();

    public RecordingEvents Events => (RecordingEvents)_services.GetRequiredService<IAuthorizationEvents>();

    public TokenInventory Inventory => _services.GetRequiredService<TokenInventory>();

    public AuditLogReader Audit => _services.GetRequiredService<AuditLogReader>();

    public PolicyOptions Policy => _services.GetRequiredService<AuthPolicy>().Options;

    public static PolicyOptions DefaultPolicy(DateTimeOffset now) => new()
    {
        EmailOtpMandatorySince = now.AddDays(-90),
        TokenAuthAvailableSince = now.AddDays(-60),
        TokenAuthMandatorySince = now.AddDays(-30),
    };

    public static async Task<DomainSilo> StartAsync(
        string? sqliteDirectory = null, ManualTimeProvider? clock = null, PolicyOptions? policy = null, string? masterKey = null)
    {
        clock ??= new ManualTimeProvider();
        policy ??= DefaultPolicy(clock.GetUtcNow());
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton<IAuthorizationEvents, RecordingEvents>();
        services.Configure<PolicyOptions>(o => Copy(policy, o));
        // Few hash iterations keep the tests fast; production uses ASP.NET Core's default.
        services.Configure<PasswordHasherOptions>(o => o.IterationCount = 1_000);
        services.AddSingleton<IMasterKeySource>(new ConfiguredMasterKeySource(masterKey ?? NewMasterKey()));
        services.AddSilo(silo => silo.AddInkanDomain().UseStorage(_ => CreateStorage(sqliteDirectory)));
        var silo = new DomainSilo(services.BuildServiceProvider());
        foreach (var hosted in silo._hosted)
        {
            await hosted.StartAsync(CancellationToken.None);
        }

        return silo;
    }

    public static string NewMasterKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public async Task StopAsync()
    {
        if (_stopped)
        {
            return;
        }

        _stopped = true;
        foreach (var hosted in _hosted.Reverse())
        {
            await hosted.StopAsync(CancellationToken.None);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        await _services.DisposeAsync();
    }

    private static IGrainStorage CreateStorage(string? sqliteDirectory) => sqliteDirectory is null
        ? new MemoryGrainStorage(NullLogger<MemoryGrainStorage>.Instance, new SiloMetrics())
        : new SqliteGrainStorage(new SqliteStorageOptions { DataDirectory = sqliteDirectory }, NullLogger<SqliteGrainStorage>.Instance, new SiloMetrics());

    private static void Copy(PolicyOptions from, PolicyOptions to)
    {
        to.EmailOtpMandatorySince = from.EmailOtpMandatorySince;
        to.TokenAuthAvailableSince = from.TokenAuthAvailableSince;
        to.TokenAuthMandatorySince = from.TokenAuthMandatorySince;
        to.TokenFailureLimit = from.TokenFailureLimit;
        to.OtpFailureLimit = from.OtpFailureLimit;
        to.ChallengeLifetime = from.ChallengeLifetime;
    }
}
