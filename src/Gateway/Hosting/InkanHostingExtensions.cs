using Inkan.Grains.Fees;
using Inkan.Grains.Hosting;
using Inkan.Grains.Otp;
using Inkan.Grains.Policy;
using Inkan.Grains.Security;
using Inkan.Silo.Hosting;
using Inkan.Silo.Storage.Postgres;
using Inkan.Silo.Storage.Sqlite;

namespace Inkan.Gateway.Hosting;

/// <summary>
/// Runs the silo in the gateway's process with the domain's grains, on the storage that configuration
/// chooses: embedded SQLite in <c>DataDirectory</c> (the default, usable at once) or PostgreSQL.
/// </summary>
public static class InkanHostingExtensions
{
    /// <summary>
    /// Adds the silo and the domain. Configuration: <c>DataDirectory</c> (default <c>data</c> under the
    /// content root), <c>Storage:Provider</c> (<c>Sqlite</c> or <c>Postgres</c>), <c>Storage:ConnectionString</c>,
    /// <c>Storage:Postgres</c> (<c>Partitions</c>, <c>MaxBatchSize</c>, <c>MaxAttempts</c>),
    /// <c>Inkan:Policy</c>, <c>Inkan:Fees</c>, <c>Inkan:Otp</c>, <c>Inkan:KeyProtection</c>.
    /// </summary>
    public static WebApplicationBuilder AddInkanSilo(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var configuration = builder.Configuration;
        var dataDirectory = DataDirectory(builder);
        builder.Services.AddOptions<PolicyOptions>().Bind(configuration.GetSection("Inkan:Policy"));
        builder.Services.AddOptions<FeeOptions>().Bind(configuration.GetSection("Inkan:Fees"));
        builder.Services.AddOptions<OtpOptions>().Bind(configuration.GetSection("Inkan:Otp"));
        builder.Services.AddOptions<KeyProtectionOptions>().Bind(configuration.GetSection("Inkan:KeyProtection"));
        builder.Services.AddTokenMasterKey(dataDirectory);
        builder.AddSilo(silo =>
        {
            silo.AddInkanDomain();
            var provider = configuration["Storage:Provider"] ?? "Sqlite";
            if (provider.Equals("Postgres", StringComparison.OrdinalIgnoreCase))
            {
                var postgres = new PostgresStorageOptions { ConnectionString = configuration["Storage:ConnectionString"] };
                configuration.GetSection("Storage:Postgres").Bind(postgres);
                silo.UsePostgresStorage(postgres);
            }
            else if (provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase))
            {
                silo.UseSqliteStorage(new SqliteStorageOptions { DataDirectory = dataDirectory });
            }
            else
            {
                throw new InvalidOperationException($"Storage:Provider must be Sqlite or Postgres, not '{provider}'.");
            }
        });
        // After the silo, whose start it needs; before the browser's key ring, which it protects.
        builder.Services.AddHostedService<MasterKeyCheck>();
        builder.Services.AddInkanHealthChecks();
        return builder;
    }

    /// <summary>The data directory: <c>DataDirectory</c> from configuration, relative to the content root.</summary>
    public static string DataDirectory(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return Path.GetFullPath(builder.Configuration["DataDirectory"] ?? "data", builder.Environment.ContentRootPath);
    }
}
