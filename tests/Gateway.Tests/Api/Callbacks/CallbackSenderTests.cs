using System.Security.Cryptography;
using Inkan.Gateway.Api.Auth;
using Inkan.Gateway.Api.Callbacks;
using Inkan.Grains.Callbacks;
using Inkan.Grains.Security;
using Inkan.Grains.Transactions;
using Inkan.Protocol.Txa;
using Inkan.Silo;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Inkan.Gateway.Tests.Api.Callbacks;

public sealed class CallbackSenderTests
{
    [Fact]
    public async Task SendAsync_KeyLookupTimesOut_AnAttemptThatFailedNotAnException()
    {
        var keys = new ApiKeyIssuer(new TimingOutGrains(), new TokenKeyProtector(new ConfiguredMasterKeySource(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)))));
        var sender = new CallbackSender(new NoClients(), keys, Options.Create(new JsonOptions()), TimeProvider.System);
        var notice = new CallbackNotice(
            "0123456789abcdef0123456789abcdef", "C1", "master", TxaKind.TRF, TransactionStatus.Authorized, null, DateTimeOffset.UnixEpoch, new CallbackTarget("https://8.8.8.8/cb", "key1"));

        var attempt = await sender.SendAsync(notice, [], CancellationToken.None);

        // The relay retries a failed attempt with backoff; an exception used to drop the callback unretried.
        Assert.Contains("callback secret is unavailable", attempt.Failure, StringComparison.Ordinal);
        Assert.False(attempt.Posted);
    }

    private sealed class TimingOutGrains : IGrainFactory
    {
        public TGrain GetGrain<TGrain>(string key) where TGrain : IGrainWithStringKey => throw new TimeoutException("the key's grain did not answer");
    }

    private sealed class NoClients : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => throw new InvalidOperationException("no POST is made without the key");
    }
}
