using Inkan.Grains.Mail;
using Inkan.Grains.Otp;

namespace Inkan.Grains.Tests.Support;

/// <summary>Email OTP steps on a <see cref="Bank"/>: address registration, and the OTP of a transaction's newest mail.</summary>
internal static class BankOtp
{
    /// <summary>Registers <paramref name="address"/> for the user through the full flow (mail, then PIN + OTP).</summary>
    public static async Task RegisterOtpAddressAsync(this Bank bank, string contractId, string loginId, string address, MailLanguage language = MailLanguage.Japanese)
    {
        var user = bank.User(contractId, loginId);
        var sent = await user.StartOtpAddressRegistrationAsync(address, language);
        if (sent.Outcome != OtpMailOutcome.Sent)
        {
            throw new InvalidOperationException($"Registration mail refused: {sent.Outcome}.");
        }

        var mail = await bank.Silo.LastMailToAsync(address);
        var confirmed = await user.ConfirmOtpAddressAsync(Bank.Pin, Outbox.OtpIn(mail.Body));
        if (confirmed.Outcome != OtpConfirmationOutcome.Confirmed)
        {
            throw new InvalidOperationException($"Registration failed: {confirmed.Outcome}.");
        }
    }

    /// <summary>The OTP of the newest mail of transaction <paramref name="transactionId"/>.</summary>
    public static async Task<string> OtpOfAsync(this Bank bank, string transactionId)
        => Outbox.OtpIn((await bank.Silo.MailsAsync()).Last(m => m.Id.StartsWith(transactionId + "/", StringComparison.Ordinal)).Body);
}
