using System.Text;
using Inkan.Grains.Audit;
using Inkan.Grains.Events;
using Inkan.Grains.Policy;
using Inkan.Grains.Tests.Support;
using Inkan.Grains.Transactions;
using Inkan.Protocol.Txa;

namespace Inkan.Grains.Tests.Transactions;

/// <summary>Transactions confirmed by email OTP: the mail, PIN + OTP, expiry, single use, and answers that never say which was wrong.</summary>
public sealed class OtpConfirmationTests : OtpSiloTest
{
    [Fact]
    public async Task CreateAsync_EmailOtpUser_QueuesTheMailWithTheTransactionData()
    {
        var tx = await PendingOtpTransferAsync();

        var mail = (await Silo.MailsAsync())[^1];
        Assert.Equal((ConfirmationMethod.EmailOtp, null, Start.AddMinutes(5)), (tx.Method, tx.TokenSerial, tx.ExpiresAt));
        Assert.Equal($"{tx.TransactionId}/otp/1", mail.Id);
        Assert.Equal(PayerAddress, mail.To);
        Assert.Equal("【ワンタイムパスワード】振込振替のご確認", mail.Subject);
        // The mail carries what the token would show (SPEC section 3): the server's own copy, kana cut to 10 characters.
        var payee = TxaPayload.TruncateKana(Bank.Transfer().PayeeKana);
        foreach (var line in new[] { "振込先金融機関: ﾄﾏﾄ", "支店番号: 123", "口座番号: 1234567", "受取人名: " + payee, "金額: 120,000円" })
        {
            Assert.Contains(line + "\n", mail.Body, StringComparison.Ordinal);
        }

        Assert.Contains("2030/02/01 09:05:00(日本時間)", mail.Body, StringComparison.Ordinal);
        var issued = Assert.Single(Silo.Events.Of<ChallengeIssuedEvent>());
        Assert.Equal((tx.TransactionId, ConfirmationMethod.EmailOtp), (issued.TransactionId, issued.Method));
    }

    [Fact]
    public async Task CreateAsync_EmailOtp_StoresTheOtpOnlyAsAHash()
    {
        var tx = await PendingOtpTransferAsync();
        var otp = await Bank.OtpOfAsync(tx.TransactionId);

        var stored = await Silo.Storage.ReadAsync("transaction.transaction", tx.TransactionId, CancellationToken.None);

        var json = Encoding.UTF8.GetString(stored.Payload!);
        Assert.Contains("\"Mac\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain(otp, json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConfirmAsync_RightPinAndOtp_AuthorizedOnceAndAudited()
    {
        var tx = await PendingOtpTransferAsync();

        var result = await ConfirmWithMailedOtpAsync(tx);
        var replay = await ConfirmWithMailedOtpAsync(tx);

        Assert.Equal((ConfirmOutcome.Authorized, TransactionStatus.Authorized), (result.Outcome, result.Transaction.Status));
        Assert.Equal((ConfirmOutcome.NotPending, TransactionStatus.Authorized), (replay.Outcome, replay.Transaction.Status));
        Assert.Contains(await AuditAsync(), r => r.EventType == AuditEventType.ConfirmationSucceeded && r.TransactionId == tx.TransactionId && r.UserId == Payer);
        Assert.Equal(TransactionStatus.Authorized, Assert.Single(Silo.Events.Of<TransactionStatusEvent>()).Status);
    }

    [Fact]
    public async Task ConfirmAsync_FullWidthDigits_Accepted()
    {
        var tx = await PendingOtpTransferAsync();
        var otp = await Bank.OtpOfAsync(tx.TransactionId);

        var result = await ConfirmAsync(tx, " " + string.Concat(otp.Select(c => (char)('０' + (c - '0')))) + " ");

        Assert.Equal(ConfirmOutcome.Authorized, result.Outcome);
    }

    [Fact]
    public async Task ConfirmAsync_WrongPinOrWrongOtp_SameAnswer()
    {
        var tx = await PendingOtpTransferAsync();
        var otp = await Bank.OtpOfAsync(tx.TransactionId);

        var wrongPin = await ConfirmAsync(tx, otp, pin: "9999");
        var wrongOtp = await ConfirmAsync(tx, Other(otp));
        var wrongBoth = await ConfirmAsync(tx, Other(otp), pin: "9999");

        Assert.Equal((ConfirmOutcome.WrongCode, 4), (wrongPin.Outcome, wrongPin.RemainingAttempts));
        Assert.Equal((ConfirmOutcome.WrongCode, 3), (wrongOtp.Outcome, wrongOtp.RemainingAttempts));
        Assert.Equal((ConfirmOutcome.WrongCode, 2), (wrongBoth.Outcome, wrongBoth.RemainingAttempts));
        var failures = (await AuditAsync()).Where(r => r.EventType == AuditEventType.ConfirmationFailed).Select(r => r.Details).ToList();
        Assert.Equal(["email-otp transaction failures=1/5", "email-otp transaction failures=2/5", "email-otp transaction failures=3/5"], failures);
        Assert.Equal(ConfirmOutcome.Authorized, (await ConfirmAsync(tx, otp)).Outcome);
    }

    [Fact]
    public async Task ConfirmAsync_AfterExpiry_ExpiredWithoutCounting()
    {
        var tx = await PendingOtpTransferAsync();
        var otp = await Bank.OtpOfAsync(tx.TransactionId);
        Clock.Advance(TimeSpan.FromMinutes(5));

        var result = await ConfirmAsync(tx, otp);

        Assert.Equal((ConfirmOutcome.Expired, TransactionStatus.Expired), (result.Outcome, result.Transaction.Status));
        Assert.Equal(0, (await PayerUser.GetOtpStatusAsync()).ConsecutiveFailures);
    }

    [Fact]
    public async Task ConfirmAsync_OtpOfAnotherTransaction_Rejected()
    {
        var first = await PendingOtpTransferAsync();
        var second = await Bank.PendingTransferAsync("C1", Payer, amount: 5_000);

        var result = await ConfirmAsync(second, await Bank.OtpOfAsync(first.TransactionId));

        Assert.Equal(ConfirmOutcome.WrongCode, result.Outcome);
    }

    [Theory]
    [InlineData("123456", null, "Pin")]
    [InlineData("123456", "", "Pin")]
    [InlineData(" ", "4321", "Code")]
    public async Task ConfirmAsync_MissingField_ThrowsNamingIt(string otp, string? pin, string field)
    {
        var tx = await PendingOtpTransferAsync();

        var e = await Assert.ThrowsAsync<ArgumentException>(() => Bank.Transaction(tx.TransactionId).ConfirmAsync(new ConfirmRequest("C1", Payer, otp, pin)));

        Assert.Contains($"({field})", e.Message, StringComparison.Ordinal);
        Assert.Equal(0, (await PayerUser.GetOtpStatusAsync()).ConsecutiveFailures);
    }
}
