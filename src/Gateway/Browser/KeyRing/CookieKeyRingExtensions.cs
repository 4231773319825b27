using Inkan.Grains.Security;
using Inkan.Silo;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;

namespace Inkan.Gateway.Browser.KeyRing;

/// <summary>Wires Data Protection, which protects the session and antiforgery cookies, to one key ring for all nodes.</summary>
public static class CookieKeyRingExtensions
{
    /// <summary>
    /// Keeps the cookie keys in grain storage (<see cref="GrainXmlRepository"/>), their secrets encrypted under the master
    /// key: cookies stay readable across restarts and by every node on the same database, each with its own data directory.
    /// </summary>
    public static IServiceCollection AddCookieKeyRing(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName("Inkan.Gateway");
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp => new ConfigureOptions<KeyManagementOptions>(o =>
        {
            o.XmlRepository = new GrainXmlRepository(sp.GetRequiredService<IGrainFactory>());
            o.XmlEncryptor = new MasterKeyXmlEncryptor(sp.GetRequiredService<TokenKeyProtector>());
        }));
        return services;
    }
}
