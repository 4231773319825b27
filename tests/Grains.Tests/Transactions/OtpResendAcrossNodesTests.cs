using Inkan.Grains.Audit;
using Inkan.Grains.Otp;
using Inkan.Grains.Policy;
using Inkan.Grains.Tests.Support;
using Inkan.Grains.Transactions;
using Inkan.Grains.Users;

namespace Inkan.Grains.Tests.Transactions;

/// <summary>
/// An OTP resent through a node whose copy of the transaction the other node has authorized since: no mail and no
/// challenge in the contract's chain for a transaction that is no longer pending.
/// </summary>
public sealed class OtpResendAcrossNodesTests : TwoNodes
{
    private const string Payer = "payer";
    private const string Address = "payer@tomato.example.jp";

    internal override PolicyOptions Policy(DateTimeOffset now) => EmailOtpPhase(now);

    [Fact]
    public async Task ResendOtpAsync_AuthorizedThroughTheOtherNode_NotPendingAndNoMail()
    {
        await A.CreateContractAsync("C1");
        await A.AddUserAsync("C1", Payer, Permissions.Inquiry | Permissions.FundTransfer);
        await A.RegisterOtpAddressAsync("C1", Payer, Address);
        var tx = await A.PendingTransferAsync("C1", Payer);
        await B.Transaction(tx.TransactionId).GetAsync("C1", Payer);
        var otp = await A.OtpOfAsync(tx.TransactionId);
        var confirmed = await A.Transaction(tx.TransactionId).ConfirmAsync(new ConfirmRequest("C1", Payer, otp, Bank.Pin));
        Assert.Equal(ConfirmOutcome.Authorized, confirmed.Outcome);
        Clock.Advance(TimeSpan.FromMinutes(1));

        var resent = await B.Transaction(tx.TransactionId).ResendOtpAsync("C1", Payer);

        Assert.Equal(OtpMailOutcome.NotPending, resent.Outcome);
        Assert.Single(await A.Silo.MailsAsync(), m => m.Id.StartsWith(tx.TransactionId + "/", StringComparison.Ordinal));
        var audit = await A.Silo.Audit.ReadAllAsync(AuditChains.ForContract("C1"), CancellationToken.None);
        Assert.Single(audit, e => e.Record.EventType == AuditEventType.ChallengeIssued && e.Record.TransactionId == tx.TransactionId);
    }
}
