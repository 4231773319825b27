using Inkan.Grains.Hosting;
using Inkan.Grains.Security;
using Inkan.Grains.Tokens;
using Inkan.Protocol.Tokens;
using Inkan.Silo.Hosting;
using Inkan.Silo.Storage.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Inkan.Grains.Tests.Hosting;

public sealed class DomainRegistrationTests : IDisposable
{
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("inkan-host-").FullName;

    public void Dispose() => Directory.Delete(_dataDirectory, recursive: true);

    [Fact]
    public async Task AddInkanDomain_WithKeyFileDefault_ImportsAndReadsTokensOnSystemClock()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddLogging();
        builder.Services.AddTokenMasterKey(_dataDirectory);
        builder.Services.AddSilo(silo => silo.AddInkanDomain().UseStorage(sp => ActivatorUtilities.CreateInstance<MemoryGrainStorage>(sp)));
        using var host = builder.Build();
        await host.StartAsync();

        var report = await host.Services.GetRequiredService<TokenInventory>()
            .ImportAsync(new TokenBatch("b1", [new TokenRecord("0000000301", new byte[32])]));
        var info = await host.Services.GetRequiredService<Silo.IGrainFactory>().GetGrain<ITokenGrain>("0000000301").GetInfoAsync();
        await host.StopAsync();

        Assert.Equal(["0000000301"], report.Imported);
        Assert.Equal(TokenStatus.InStock, info.Status);
        Assert.Equal(32, new FileInfo(Path.Combine(_dataDirectory, new KeyProtectionOptions().KeyFile)).Length);
    }
}
