using Inkan.Grains.Audit;
using Inkan.Grains.Events;
using Inkan.Grains.Tests.Support;
using Inkan.Grains.Users;

namespace Inkan.Grains.Tests.Users;

/// <summary>
/// Wrong login passwords in a row lock the logon (default limit 6) until the back office sets a new password; browser
/// sessions end with a logoff, a new password or the user's deletion, and each end is announced.
/// </summary>
public sealed class LogonTests : SiloTest
{
    private const string Password = Bank.Password;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Bank.CreateContractAsync("C1");
    }

    private IUserGrain Master => Bank.User("C1", "master");

    [Fact]
    public async Task VerifyPasswordAsync_RightOneBeforeTheLimit_ResetsTheCount()
    {
        for (var i = 0; i < 5; i++)
        {
            Assert.False(await Master.VerifyPasswordAsync("wrong-" + i));
        }

        Assert.True(await Master.VerifyPasswordAsync(Password));
        for (var i = 0; i < 5; i++)
        {
            Assert.False(await Master.VerifyPasswordAsync("wrong-again-" + i));
        }

        Assert.True(await Master.VerifyPasswordAsync(Password));
        Assert.False(await Master.IsLogonLockedAsync());
    }

    [Fact]
    public async Task VerifyPasswordAsync_SixWrongInARow_LocksEvenTheRightPasswordAndAudits()
    {
        for (var i = 0; i < 6; i++)
        {
            Assert.False(await Master.VerifyPasswordAsync("wrong-" + i));
        }

        Assert.False(await Master.VerifyPasswordAsync(Password));
        Assert.True(await Master.IsLogonLockedAsync());
        var audit = await Silo.Audit.ReadAllAsync(AuditChains.ForContract("C1"), CancellationToken.None);
        Assert.Single(audit, e => e.Record is { EventType: AuditEventType.LogonLocked, UserId: "master", Details: "failures=6" });
    }

    [Fact]
    public async Task ResetUserSecretsAsync_NewPassword_EndsTheLock()
    {
        for (var i = 0; i < 6; i++)
        {
            await Master.VerifyPasswordAsync("wrong-" + i);
        }

        await Bank.Contract("C1").ResetUserSecretsAsync("master", "new-pass-word-2", null);

        Assert.True(await Master.VerifyPasswordAsync("new-pass-word-2"));
        Assert.False(await Master.IsLogonLockedAsync());
    }

    [Fact]
    public async Task ResetUserSecretsAsync_NewPinOnly_LogonStaysLocked()
    {
        for (var i = 0; i < 6; i++)
        {
            await Master.VerifyPasswordAsync("wrong-" + i);
        }

        await Bank.Contract("C1").ResetUserSecretsAsync("master", null, "9876");

        Assert.True(await Master.IsLogonLockedAsync());
    }

    [Fact]
    public async Task IsSessionCurrentAsync_AfterEndSessionsNewPasswordOrDeletion_False()
    {
        var first = await Master.StartSessionAsync();
        var same = await Master.StartSessionAsync();
        await Master.EndSessionsAsync();
        var afterLogoff = await Master.IsSessionCurrentAsync(first);
        var second = await Master.StartSessionAsync();
        await Bank.Contract("C1").ResetUserSecretsAsync("master", "new-pass-word-2", null);
        var afterNewPassword = await Master.IsSessionCurrentAsync(second);

        Assert.Equal(first, same);
        Assert.False(afterLogoff);
        Assert.False(afterNewPassword);
        Assert.NotEqual(first, second);
        Assert.True(await Master.IsSessionCurrentAsync(await Master.StartSessionAsync()));
    }

    [Fact]
    public async Task SessionsEnded_LogoffNewPasswordAndDeletion_AnnouncedOnceEachButNotForANewPin()
    {
        await Bank.AddUserAsync("C1", "clerk", Permissions.Inquiry);
        await Master.EndSessionsAsync();
        await Bank.Contract("C1").ResetUserSecretsAsync("master", null, "9876");
        await Bank.Contract("C1").ResetUserSecretsAsync("master", "new-pass-word-2", null);
        await Bank.User("C1", "clerk").DeleteAsync();

        Assert.Equal(
            [new SessionsEndedEvent("C1", "master"), new SessionsEndedEvent("C1", "master"), new SessionsEndedEvent("C1", "clerk")],
            Silo.Events.Of<SessionsEndedEvent>());
    }
}
