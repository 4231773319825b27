using Inkan.Gateway.Api.Auth;
using Inkan.Gateway.Hosting;
using Inkan.Grains.Tokens;
using Inkan.Silo;

namespace Inkan.Gateway.Demo;

/// <summary>Adds the demo data seeding when <c>Demo:Enabled</c> says so (by default only on the embedded SQLite storage).</summary>
public static class DemoHostingExtensions
{
    /// <summary>Whether the demo data is wanted: <c>Demo:Enabled</c>, by default true only on the embedded SQLite storage.</summary>
    public static bool IsEnabled(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var provider = configuration["Storage:Provider"] ?? "Sqlite";
        return configuration.GetValue<bool?>("Demo:Enabled") ?? provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Runs <see cref="DemoSeeder"/> at start when enabled; must come after the silo is added.</summary>
    public static WebApplicationBuilder AddDemoData(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (!IsEnabled(builder.Configuration))
        {
            return builder;
        }

        var dataDirectory = builder.DataDirectory();
        builder.Services.AddHostedService(sp => new DemoSeeder(
            sp.GetRequiredService<IGrainFactory>(), sp.GetRequiredService<TokenInventory>(), sp.GetRequiredService<ApiKeyIssuer>(), sp.GetRequiredService<TimeProvider>(), dataDirectory, sp.GetRequiredService<ILogger<DemoSeeder>>()));
        return builder;
    }
}
