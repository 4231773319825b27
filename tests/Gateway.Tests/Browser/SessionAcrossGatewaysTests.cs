using System.Net;
using Inkan.Gateway.Browser.KeyRing;
using Inkan.Gateway.Tests.Api.Support;
using Inkan.Gateway.Tests.Browser.Support;
using Inkan.Grains.KeyRing;
using Inkan.Silo;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.DependencyInjection;

namespace Inkan.Gateway.Tests.Browser;

/// <summary>
/// Two gateways over one store, each with its own data directory, as two nodes behind a load balancer: a browser
/// signed on through one is signed on through the other, and the keys that protect its cookies are stored encrypted.
/// </summary>
public sealed class SessionAcrossGatewaysTests : IAsyncLifetime
{
    private const string Contract = "K1";

    private readonly BankApiFactory _nodeA = new() { StoreShared = true };
    private BankApiFactory _nodeB = null!;

    public async Task InitializeAsync()
    {
        _nodeB = new BankApiFactory { Store = _nodeA.Store, StoreShared = true };
        using var bank = await _nodeA.ClientAsync();
        await new ApiBank(bank).ContractWithTokenAsync(Contract);
    }

    public async Task DisposeAsync()
    {
        await _nodeB.DisposeAsync();
        await _nodeA.DisposeAsync();
    }

    [Fact]
    public async Task Session_SignedOnThroughOneGateway_IsSignedOnThroughTheOther()
    {
        var cookies = new CookieContainer();
        using var throughA = _nodeA.CreateDefaultClient(new CookieContainerHandler(cookies));
        using var throughB = _nodeB.CreateDefaultClient(new CookieContainerHandler(cookies));
        var browserA = new SessionClient(throughA);
        Assert.Equal(HttpStatusCode.NoContent, (await browserA.LogOnAsync(Contract, "master", ApiBank.Password)).StatusCode);

        var atB = await new SessionClient(throughB).SessionAsync();
        using var logoff = new HttpRequestMessage(HttpMethod.Post, "/app/api/logoff");
        logoff.Headers.Add("X-CSRF-TOKEN", browserA.Csrf);
        using var loggedOff = await throughB.SendAsync(logoff);

        Assert.True(atB.GetProperty("signedOn").GetBoolean());
        Assert.Equal(HttpStatusCode.NoContent, loggedOff.StatusCode);
        Assert.False((await browserA.SessionAsync()).GetProperty("signedOn").GetBoolean());
    }

    [Fact]
    public async Task Session_BothGatewaysStartedAtOnceOnAnEmptyRing_IsSignedOnThroughEither()
    {
        var cold = new BankApiFactory { StoreShared = true };
        var coldB = new BankApiFactory { Store = cold.Store, StoreShared = true };
        await using (cold)
        await using (coldB)
        {
            await Task.WhenAll(Task.Run(() => cold.Services), Task.Run(() => coldB.Services));
            using (var bank = await cold.ClientAsync())
            {
                await new ApiBank(bank).ContractWithTokenAsync(Contract);
            }

            var ring = await cold.Services.GetRequiredService<IGrainFactory>().GetGrain<IKeyRingGrain>(GrainXmlRepository.RingName).GetElementsAsync();
            foreach (var (signOn, other) in new[] { (cold, coldB), (coldB, cold) })
            {
                var cookies = new CookieContainer();
                using var first = signOn.CreateDefaultClient(new CookieContainerHandler(cookies));
                using var second = other.CreateDefaultClient(new CookieContainerHandler(cookies));
                Assert.Equal(HttpStatusCode.NoContent, (await new SessionClient(first).LogOnAsync(Contract, "master", ApiBank.Password)).StatusCode);
                Assert.True((await new SessionClient(second).SessionAsync()).GetProperty("signedOn").GetBoolean(), "keys " + ring.Count);
            }
        }
    }

    [Fact]
    public async Task KeyRing_AfterASignOn_HoldsOneKeyWhoseSecretIsEncrypted()
    {
        using var browser = _nodeA.CreateDefaultClient(new CookieContainerHandler(new CookieContainer()));
        Assert.Equal(HttpStatusCode.NoContent, (await new SessionClient(browser).LogOnAsync(Contract, "master", ApiBank.Password)).StatusCode);

        var ring = await _nodeB.Services.GetRequiredService<IGrainFactory>().GetGrain<IKeyRingGrain>(GrainXmlRepository.RingName).GetElementsAsync();

        var key = Assert.Single(ring);
        Assert.Contains(MasterKeyXmlEncryptor.Element.LocalName, key.Xml, StringComparison.Ordinal);
        Assert.DoesNotContain("<masterKey", key.Xml, StringComparison.Ordinal);
        Assert.DoesNotContain("<value>", key.Xml, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_nodeA.DataDirectory, "data-protection-keys")));
    }
}
