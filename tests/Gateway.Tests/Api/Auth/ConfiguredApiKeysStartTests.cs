using System.Security.Cryptography;
using Inkan.Gateway.Api.Auth;
using Inkan.Grains.ApiKeys;
using Inkan.Grains.Security;
using Inkan.Silo;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;

namespace Inkan.Gateway.Tests.Api.Auth;

/// <summary>Configured keys at start, when another node stores the same key at the same moment.</summary>
public sealed class ConfiguredApiKeysStartTests
{
    private const string KeyId = "0123456789abcdef";

    [Fact]
    public async Task StartAsync_AnotherNodeStoredTheKeyAtTheSameMoment_Starts()
    {
        var stored = new StoredMeanwhile();
        var grains = new OneGrain(stored);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"BankApi:Keys:{KeyId}:SecretSha256"] = new string('a', 64),
            [$"BankApi:Keys:{KeyId}:Scopes"] = "transactions",
            [$"BankApi:Keys:{KeyId}:CallbackSecret"] = "callback-secret-0123456789",
        }).Build();
        var issuer = new ApiKeyIssuer(grains, new TokenKeyProtector(new ConfiguredMasterKeySource(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)))));

        await new ConfiguredApiKeys(configuration, grains, issuer, NullLogger<ConfiguredApiKeys>.Instance).StartAsync(CancellationToken.None);

        Assert.Equal(1, stored.Creations);
        Assert.Equal(1, stored.Reads);
    }

    // The other node's write won: this one's creation meets the version conflict, and the key reads as stored.
    private sealed class StoredMeanwhile : IApiKeyGrain
    {
        public int Creations { get; private set; }

        public int Reads { get; private set; }

        public Task CreateAsync(NewApiKey key)
        {
            Creations++;
            return Task.FromException(new InconsistentStateException("stored by another node"));
        }

        public Task<ApiKeyInfo> GetInfoAsync()
        {
            Reads++;
            return Task.FromResult(new ApiKeyInfo(KeyId, KeyId, ApiScopes.Transactions, DateTimeOffset.UnixEpoch, null));
        }

        public Task<ApiScopes> VerifyAsync(byte[] secretHash) => throw new NotSupportedException();

        public Task<byte[]> GetProtectedCallbackSecretAsync() => throw new NotSupportedException();

        public Task<ApiKeyInfo> RevokeAsync() => throw new NotSupportedException();
    }

    private sealed class OneGrain(IApiKeyGrain grain) : IGrainFactory
    {
        public TGrain GetGrain<TGrain>(string key) where TGrain : IGrainWithStringKey => (TGrain)grain;
    }
}
