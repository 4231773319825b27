using Inkan.Grains.Mail;
using Inkan.Grains.Tests.Support;
using Inkan.Grains.Transactions;
using Inkan.Grains.Users;
using Inkan.TestSupport;

namespace Inkan.Grains.Tests.Hosting;

/// <summary>Email OTP state on SQLite survives a restart: the registered address, the OTP hash of a pending transaction, the user's lock.</summary>
public sealed class OtpDurabilityTests : IDisposable
{
    private readonly SqliteDirectory _directory = new();
    private readonly string _masterKey = DomainSilo.NewMasterKey();
    private readonly ManualTimeProvider _clock = new(OtpSiloTest.Start);

    public void Dispose() => _directory.Dispose();

    private Task<DomainSilo> StartAsync() => DomainSilo.StartAsync(_directory.Path, _clock, OtpSiloTest.GracePolicy(), _masterKey);

    [Fact]
    public async Task LockAndPendingOtp_SurviveRestart_UnlockThenTheMailedOtpConfirms()
    {
        TransactionView tx;
        string otp;
        await using (var silo = await StartAsync())
        {
            var bank = new Bank(silo);
            await bank.CreateContractAsync("C1");
            await bank.AddUserAsync("C1", "payer", Permissions.FundTransfer);
            await bank.RegisterOtpAddressAsync("C1", "payer", "payer@tomato.example.jp", MailLanguage.English);
            tx = await bank.PendingTransferAsync("C1", "payer");
            otp = await bank.OtpOfAsync(tx.TransactionId);
            for (var i = 0; i < 5; i++)
            {
                await bank.Transaction(tx.TransactionId).ConfirmAsync(new ConfirmRequest("C1", "payer", OtpSiloTest.Other(otp), Bank.Pin));
            }
        }

        await using (var silo = await StartAsync())
        {
            var bank = new Bank(silo);
            var user = bank.User("C1", "payer");
            var status = await user.GetOtpStatusAsync();
            Assert.Equal(new OtpUserStatus("payer@tomato.example.jp", MailLanguage.English, true, 5, null, null), status);

            await user.UnlockOtpAsync("FORM-7", "bo");
            var result = await bank.Transaction(tx.TransactionId).ConfirmAsync(new ConfirmRequest("C1", "payer", otp, Bank.Pin));

            Assert.Equal(ConfirmOutcome.Authorized, result.Outcome);
        }
    }
}
