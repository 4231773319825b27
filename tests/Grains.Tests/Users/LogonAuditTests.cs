using Inkan.Grains.Audit;
using Inkan.Grains.Errors;
using Inkan.Grains.Tests.Support;

namespace Inkan.Grains.Tests.Users;

/// <summary>Every logon's outcome goes to the contract's audit chain, never with the password; an unknown login ID leaves nothing.</summary>
public sealed class LogonAuditTests : SiloTest
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Bank.CreateContractAsync("C1");
    }

    private async Task<IReadOnlyList<AuditRecord>> AuditAsync()
        => [.. (await Silo.Audit.ReadAllAsync(AuditChains.ForContract("C1"), CancellationToken.None)).Select(e => e.Record)];

    private async Task<IReadOnlyList<AuditRecord>> NewEntriesAsync(Func<Task> logons)
    {
        var before = (await AuditAsync()).Count;
        await logons();
        return [.. (await AuditAsync()).Skip(before)];
    }

    [Fact]
    public async Task VerifyPasswordAsync_WrongPassword_AuditedAsFailureWithTheCount()
    {
        var entries = await NewEntriesAsync(async () => Assert.False(await Bank.User("C1", "master").VerifyPasswordAsync("wrong-password")));

        var entry = Assert.Single(entries);
        Assert.Equal(new AuditRecord(AuditEventType.LogonFailed, "C1", "master", Details: "failures=1/6"), entry);
    }

    [Fact]
    public async Task VerifyPasswordAsync_RightPassword_AuditedAsSuccess()
    {
        var entries = await NewEntriesAsync(async () => Assert.True(await Bank.User("C1", "master").VerifyPasswordAsync(Bank.Password)));

        Assert.Equal([new AuditRecord(AuditEventType.LogonSucceeded, "C1", "master", Details: "password")], entries);
    }

    [Fact]
    public async Task VerifyPasswordAsync_WhileLocked_SameFailureEntryForTheRightAndAWrongPassword()
    {
        var user = Bank.User("C1", "master");
        for (var i = 0; i < 6; i++)
        {
            await user.VerifyPasswordAsync("wrong-" + i);
        }

        var entries = await NewEntriesAsync(async () =>
        {
            Assert.False(await user.VerifyPasswordAsync(Bank.Password));
            Assert.False(await user.VerifyPasswordAsync("wrong-again"));
        });

        Assert.Equal([new AuditRecord(AuditEventType.LogonFailed, "C1", "master", Details: "locked"), new AuditRecord(AuditEventType.LogonFailed, "C1", "master", Details: "locked")], entries);
    }

    [Fact]
    public async Task VerifyPasswordAsync_UnknownLoginId_NotFoundAndNoAuditEntry()
    {
        var entries = await NewEntriesAsync(async () =>
        {
            var e = await Assert.ThrowsAsync<DomainException>(() => Bank.User("C1", "nobody").VerifyPasswordAsync(Bank.Password));
            Assert.Equal(DomainError.NotFound, e.Error);
        });

        Assert.Empty(entries);
    }
}
