using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Inkan.Grains.ApiKeys;
using Inkan.Grains.Hosting;
using Inkan.Grains.Policy;
using Inkan.Grains.Security;
using Inkan.Grains.Users;
using Inkan.Grains.Tests.Support;
using Inkan.Silo.Storage;
using Inkan.Silo.Tests.Hosting;

namespace Inkan.Grains.Tests.Security;

/// <summary>
/// Authorization on a node whose copy of a key or user another node has changed (shared storage): the change holds
/// here once the copy is older than <c>PolicyOptions.AuthorizationMaxAge</c>, without waiting for a write to fail.
/// </summary>
public sealed class ChangedElsewhereTests : SiloTest
{
    private static readonly TimeSpan MaxAge = new PolicyOptions().AuthorizationMaxAge;

    protected override IGrainStorage WrapStorage(IGrainStorage storage) => new GatedStorage(storage) { Shared = true };

    [Fact]
    public async Task VerifyAsync_KeyRevokedThroughAnotherNode_RefusedOnceTheCopyIsOlderThanMaxAge()
    {
        var keyId = ApiKeyIds.New();
        var secretHash = SHA256.HashData(Encoding.UTF8.GetBytes("secret"));
        var key = Silo.Grains.GetGrain<IApiKeyGrain>(keyId);
        await key.CreateAsync(new NewApiKey("bank", secretHash, ApiScopes.Transactions, [1, 2, 3]));
        Assert.Equal(ApiScopes.Transactions, await key.VerifyAsync(secretHash));

        await ChangeElsewhereAsync("apikey.apikey", keyId, GrainsJsonContext.Default.ApiKeyState, s => s.RevokedAt = Silo.Clock.GetUtcNow());
        Silo.Clock.Advance(MaxAge + TimeSpan.FromMilliseconds(1));

        Assert.Equal(ApiScopes.None, await key.VerifyAsync(secretHash));
    }

    [Fact]
    public async Task GetAuthContextAsync_PermissionsWithdrawnThroughAnotherNode_SeenOnceTheCopyIsOlderThanMaxAge()
    {
        await Bank.CreateContractAsync("C100");
        await Bank.AddUserAsync("C100", "clerk", Permissions.All);
        var user = Bank.User("C100", "clerk");
        Assert.Equal(Permissions.All, (await user.GetAuthContextAsync()).Facts.Permissions);

        await ChangeElsewhereAsync("user.user", Identifiers.UserKey("C100", "clerk"), GrainsJsonContext.Default.UserState, s => s.Permissions = Permissions.Inquiry);
        Assert.Equal(Permissions.All, (await user.GetAuthContextAsync()).Facts.Permissions);
        Silo.Clock.Advance(MaxAge + TimeSpan.FromMilliseconds(1));

        Assert.Equal(Permissions.Inquiry, (await user.GetAuthContextAsync()).Facts.Permissions);
    }

    [Fact]
    public async Task VerifyPasswordAsync_PasswordChangedThroughAnotherNode_OldOneRefusedOnceTheCopyIsOlderThanMaxAge()
    {
        await Bank.CreateContractAsync("C200");
        var user = Bank.User("C200", "master");
        Assert.True(await user.VerifyPasswordAsync(Bank.Password));

        var newHash = new SecretHasher().Hash("a-new-password-2");
        await ChangeElsewhereAsync("user.user", Identifiers.UserKey("C200", "master"), GrainsJsonContext.Default.UserState, s => s.PasswordHash = newHash);
        Silo.Clock.Advance(MaxAge + TimeSpan.FromMilliseconds(1));

        Assert.False(await user.VerifyPasswordAsync(Bank.Password));
        Assert.True(await user.VerifyPasswordAsync("a-new-password-2"));
    }

    // What another node's grain does: a conditional write of the next version, straight into the shared storage.
    private async Task ChangeElsewhereAsync<T>(string stateType, string key, JsonTypeInfo<T> type, Action<T> change)
    {
        var stored = await Silo.Storage.ReadAsync(stateType, key, CancellationToken.None);
        var state = JsonSerializer.Deserialize(stored.Payload!, type)!;
        change(state);
        await Silo.Storage.WriteAsync(new StateWrite(stateType, key, stored.Version, JsonSerializer.SerializeToUtf8Bytes(state, type)));
    }
}
