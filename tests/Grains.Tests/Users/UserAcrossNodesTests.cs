using Inkan.Grains.Mail;
using Inkan.Grains.Otp;
using Inkan.Grains.Policy;
using Inkan.Grains.Tests.Support;
using Inkan.Grains.Users;

namespace Inkan.Grains.Tests.Users;

/// <summary>
/// A user's email OTP standing changed through one node while the other held a copy: the other node decides on the
/// user as stored, for the user's confirmations and for the back office's procedures.
/// </summary>
public sealed class UserAcrossNodesTests : TwoNodes
{
    private const string Payer = "payer";

    internal override PolicyOptions Policy(DateTimeOffset now) => EmailOtpPhase(now);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await A.CreateContractAsync("C1");
        await A.AddUserAsync("C1", Payer, Permissions.Inquiry | Permissions.FundTransfer);
    }

    [Fact]
    public async Task ConfirmOtpAddressAsync_OtpReplacedThroughTheOtherNode_OldOtpRegistersNothing()
    {
        await A.User("C1", Payer).StartOtpAddressRegistrationAsync("first@tomato.example.jp", MailLanguage.Japanese);
        var first = Outbox.OtpIn((await A.Silo.LastMailToAsync("first@tomato.example.jp")).Body);
        await B.User("C1", Payer).GetOtpStatusAsync();
        Clock.Advance(TimeSpan.FromSeconds(31));
        await A.User("C1", Payer).StartOtpAddressRegistrationAsync("second@tomato.example.jp", MailLanguage.Japanese);
        Clock.Advance(TimeSpan.FromSeconds(2));

        var result = await B.User("C1", Payer).ConfirmOtpAddressAsync(Bank.Pin, first);

        Assert.NotEqual(OtpConfirmationOutcome.Confirmed, result.Outcome);
        Assert.Null((await A.User("C1", Payer).GetOtpStatusAsync()).Address);
    }

    [Fact]
    public async Task UnlockOtpAsync_LockedThroughTheOtherNode_Unlocks()
    {
        await A.RegisterOtpAddressAsync("C1", Payer, "payer@tomato.example.jp");
        await B.User("C1", Payer).GetOtpStatusAsync();
        await LockOtpThroughAAsync();

        await B.User("C1", Payer).UnlockOtpAsync("form-123", "operator");
        Clock.Advance(TimeSpan.FromSeconds(2));

        Assert.False((await A.User("C1", Payer).GetOtpStatusAsync()).Locked);
    }

    private async Task LockOtpThroughAAsync()
    {
        var tx = await A.PendingTransferAsync("C1", Payer);
        for (var i = 0; i < new OtpOptions().FailureLimit; i++)
        {
            await A.Transaction(tx.TransactionId).ConfirmAsync(new(tx.ContractId, tx.LoginId, "000000", "0000"));
        }

        Assert.True((await A.User("C1", Payer).GetOtpStatusAsync()).Locked);
    }
}
