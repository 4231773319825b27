using System.Net;
using System.Net.Http;
using Inkan.Gateway.Api.Callbacks;
using Inkan.Gateway.Tests.Api.Support;
using Microsoft.Extensions.Options;

namespace Inkan.Gateway.Tests.Api.Callbacks;

/// <summary>Callbacks cannot be aimed into the gateway's own network: public addresses only, unless the operator names the targets.</summary>
public sealed class CallbackTargetsTests
{
    private static CallbackTargets Targets(params string[] allowed) => new(Options.Create(new CallbackOptions { AllowedTargets = [.. allowed] }));

    [Theory]
    [InlineData("127.0.0.1", false)]
    [InlineData("10.20.30.40", false)]
    [InlineData("172.16.0.1", false)]
    [InlineData("172.31.255.255", false)]
    [InlineData("192.168.1.1", false)]
    [InlineData("169.254.169.254", false)]
    [InlineData("100.64.0.1", false)]
    [InlineData("0.0.0.0", false)]
    [InlineData("224.0.0.1", false)]
    [InlineData("::1", false)]
    [InlineData("::", false)]
    [InlineData("fe80::1", false)]
    [InlineData("fd12:3456::1", false)]
    [InlineData("::ffff:127.0.0.1", false)]
    [InlineData("172.32.0.1", true)]
    [InlineData("8.8.8.8", true)]
    [InlineData("203.0.114.7", true)]
    [InlineData("2001:4860:4860::8888", true)]
    public void IsPublic_Address_OnlyPublicInternetAddresses(string address, bool expected)
        => Assert.Equal(expected, CallbackTargets.IsPublic(IPAddress.Parse(address)));

    [Theory]
    [InlineData("http://127.0.0.1:8080/cb", false)]
    [InlineData("http://localhost/cb", false)]
    [InlineData("http://[::1]/cb", false)]
    [InlineData("http://169.254.169.254/latest", false)]
    [InlineData("https://10.0.0.5/cb", false)]
    [InlineData("https://8.8.8.8/cb", true)]
    [InlineData("https://core.bank.example/inkan", true)]
    public void Allows_NoTargetsConfigured_PublicHostsOnly(string url, bool expected)
        => Assert.Equal(expected, Targets().Allows(new Uri(url)));

    [Theory]
    [InlineData("https://core.bank.example/inkan/status", true)]
    [InlineData("https://core.bank.example/inkan/", true)]
    [InlineData("https://core.bank.example/other", false)]
    [InlineData("https://core.bank.example.evil.example/inkan/status", false)]
    [InlineData("http://core.bank.example/inkan/status", false)]
    [InlineData("https://core.bank.example:8443/inkan/status", false)]
    [InlineData("https://8.8.8.8/inkan/", false)]
    public void Allows_TargetsConfigured_OnlyUnderThem(string url, bool expected)
        => Assert.Equal(expected, Targets("https://core.bank.example/inkan/").Allows(new Uri(url)));

    [Fact]
    public async Task ConnectAsync_NameThatResolvesToLoopback_Refused()
    {
        using var handler = new SocketsHttpHandler { ConnectCallback = Targets().ConnectAsync };
        using var client = new HttpClient(handler);

        var e = await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync(new Uri("http://localhost:9/")));

        Assert.Contains("no public address", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateTransaction_CallbackIntoThePrivateNetwork_Is400NamingTheField()
    {
        await using var factory = new BankApiFactory();
        var bank = new ApiBank(await factory.ClientAsync());
        await bank.ContractWithTokenAsync("C1");

        var response = await bank.PostTransactionAsync("C1", "master", "TRF", ApiBank.Transfer(), "http://127.0.0.1:5080/api/v1/backoffice/api-keys");

        Assert.Equal("callbackUrl", (await response.ProblemAsync(HttpStatusCode.BadRequest)).Field);
    }
}
