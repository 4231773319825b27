using Inkan.Grains.Audit;
using Inkan.Grains.Callbacks;
using Inkan.Grains.Events;
using Inkan.Grains.Fees;
using Inkan.Grains.Mail;
using Inkan.Grains.Otp;
using Inkan.Grains.Policy;
using Inkan.Grains.Security;
using Inkan.Grains.Tokens;
using Inkan.Silo.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Inkan.Grains.Hosting;

/// <summary>Registers the domain: grains, policy, fees, key protection, inventory and audit reader.</summary>
public static class GrainsServiceCollectionExtensions
{
    /// <summary>
    /// Adds the domain's grains and JSON metadata to <paramref name="silo"/> and its services. The host
    /// must register an <see cref="IMasterKeySource"/> (see <see cref="MasterKeySources"/>) and may replace
    /// <see cref="IAuthorizationEvents"/>; options come from <c>PolicyOptions</c>, <c>FeeOptions</c> and <c>OtpOptions</c>
    /// (all three validated when the host starts). OTP mails go to the outbox (<see cref="MailSiloBuilderExtensions.AddMailGrains"/>, included); a mail relay sends them.
    /// </summary>
    public static SiloBuilder AddInkanDomain(this SiloBuilder silo)
    {
        ArgumentNullException.ThrowIfNull(silo);
        silo.AddGrains(typeof(GrainsServiceCollectionExtensions).Assembly).AddJsonTypeInfoResolver(GrainsJsonContext.Default).AddMailGrains();
        var services = silo.Services;
        // Validated at start: a bad value would otherwise let the host serve and fail the first call that needs it.
        services.AddOptions<PolicyOptions>().Validate(Valid<PolicyOptions>(o => o.Validate())).ValidateOnStart();
        services.AddOptions<FeeOptions>().Validate(Valid<FeeOptions>(o => o.Validate())).ValidateOnStart();
        services.AddOptions<OtpOptions>().Validate(Valid<OtpOptions>(o => o.Validate())).ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new AuthPolicy(sp.GetRequiredService<IOptions<PolicyOptions>>().Value));
        services.TryAddSingleton(sp => new FeeSchedule(sp.GetRequiredService<IOptions<FeeOptions>>().Value));
        services.TryAddSingleton(sp => new SecretHasher(sp.GetService<IOptions<Microsoft.AspNetCore.Identity.PasswordHasherOptions>>()));
        services.TryAddSingleton<TokenKeyProtector>();
        services.TryAddSingleton<IAuthorizationEvents, NullAuthorizationEvents>();
        services.TryAddSingleton<TokenInventory>();
        services.TryAddSingleton<AuditLogReader>();
        services.TryAddSingleton<CallbackSignal>();
        return silo;
    }

    /// <summary>
    /// Registers the token master key source chosen by <see cref="KeyProtectionOptions"/> (configured key,
    /// else a key file under <paramref name="dataDirectory"/>, generated on first use).
    /// </summary>
    public static IServiceCollection AddTokenMasterKey(this IServiceCollection services, string dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);
        services.AddOptions<KeyProtectionOptions>();
        services.TryAddSingleton(sp => MasterKeySources.Create(
            sp.GetRequiredService<IOptions<KeyProtectionOptions>>().Value, dataDirectory, sp.GetRequiredService<ILoggerFactory>()));
        return services;
    }

    private static Func<T, bool> Valid<T>(Action<T> validate) => o =>
    {
        validate(o);
        return true;
    };
}
