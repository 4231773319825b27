using Inkan.Gateway.Tests.Support;
using System.Net;
using Inkan.Silo;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Inkan.Gateway.Tests.Browser.Support;

/// <summary>
/// The real gateway (Program) with its own temporary data directory and settings. With <c>kestrel</c> it listens on a
/// free loopback port for a real browser; without, it serves the in-memory test client. The directory goes on dispose.
/// </summary>
internal sealed class GatewayServer : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;

    public GatewayServer(IReadOnlyDictionary<string, string?>? settings = null, bool kestrel = true)
    {
        DataDirectory = Directory.CreateTempSubdirectory("inkan-gateway-").FullName;
        // The demo data would take the emulator's serials; tests make their own.
        _settings = new Dictionary<string, string?> { ["Demo:Enabled"] = "false" };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }

        _settings["DataDirectory"] = DataDirectory;
        if (kestrel)
        {
            UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
            StartServer();
        }
    }

    public string DataDirectory { get; }

    /// <summary>The loopback address Kestrel listens on.</summary>
    public Uri Address => new(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    public IGrainFactory Grains => Services.GetRequiredService<IGrainFactory>();

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(DataDirectory, recursive: true);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in SeedPolicy.Settings)
        {
            builder.UseSetting(key, value);
        }

        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
