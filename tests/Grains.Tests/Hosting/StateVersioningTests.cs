using Inkan.Grains.Policy;
using Inkan.Grains.Tests.Support;
using Inkan.Grains.Tokens;
using Inkan.Grains.Users;
using Inkan.Silo.Storage;

namespace Inkan.Grains.Tests.Hosting;

/// <summary>Records written by an earlier version (fields missing, a field since removed) still load.</summary>
public sealed class StateVersioningTests : SiloTest
{
    private async Task StoreFixtureAsync(string stateType, string key, string fixture)
    {
        var bytes = await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "Fixtures", fixture));
        await Silo.Storage.WriteAsync(new StateWrite(stateType, key, 0, bytes));
    }

    [Fact]
    public async Task GetInfoAsync_OlderTokenRecord_LoadsWithDefaults()
    {
        await StoreFixtureAsync("token.token", "0000000007", "token-state-v0.json");

        var info = await Bank.Token("0000000007").GetInfoAsync();

        Assert.Equal(new TokenInfo("0000000007", TokenStatus.Active, false, 2, "C1", info.Users), info);
        Assert.Equal(["master", "floor2"], info.Users);
    }

    [Fact]
    public async Task GetAuthContextAsync_OlderUserRecord_LoadsWithDefaults()
    {
        await StoreFixtureAsync("token.token", "0000000007", "token-state-v0.json");
        await StoreFixtureAsync("user.user", "C1/floor2", "user-state-v0.json");

        var context = await Bank.User("C1", "floor2").GetAuthContextAsync();

        Assert.Equal(new UserAuthFacts(Permissions.Inquiry | Permissions.FundTransfer, TokenStanding.Active, HasOtpAddress: false, OtpLocked: false, TokenEverRegistered: true), context.Facts);
        Assert.Equal("0000000007", context.TokenSerial);
    }
}
