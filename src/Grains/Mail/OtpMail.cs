using System.Text;
using Inkan.Protocol.Txa;

namespace Inkan.Grains.Mail;

/// <summary>
/// Composes OTP mails (seed 000): the subject names the operation, the body names what is confirmed in full,
/// then the OTP and its expiry in Japan time, and a warning to stop if the details differ from what the user entered.
/// </summary>
public static class OtpMail
{
    /// <summary>The offset in which expiry times are written: Japan time.</summary>
    public static readonly TimeSpan JapanOffset = TimeSpan.FromHours(9);

    /// <summary>The mail for confirming the operation <paramref name="data"/> with <paramref name="otp"/>.</summary>
    /// <exception cref="ArgumentException">A value is missing or <paramref name="data"/> is of an unknown kind.</exception>
    public static MailText Compose(TxaData data, string otp, DateTimeOffset expiresAt, MailLanguage language)
    {
        ArgumentNullException.ThrowIfNull(data);
        return Build(language, otp, expiresAt, w => w.KindName(data.Kind), w => MailDetails.Lines(data, w));
    }

    /// <summary>The mail, sent to the address itself, that confirms registering <paramref name="address"/> as the OTP address of <paramref name="loginId"/>.</summary>
    /// <exception cref="ArgumentException">A value is missing.</exception>
    public static MailText ComposeAddressRegistration(string loginId, string address, string otp, DateTimeOffset expiresAt, MailLanguage language)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(loginId);
        ArgumentException.ThrowIfNullOrWhiteSpace(address);
        return Build(language, otp, expiresAt, w => w.AddressRegistration, w => MailDetails.AddressRegistrationLines(loginId, address, w));
    }

    private static MailText Build(
        MailLanguage language, string otp, DateTimeOffset expiresAt, Func<MailWording, string> what, Func<MailWording, List<(string Label, string Value)>> details)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(otp);
        MailWording[] wordings = language switch
        {
            MailLanguage.Japanese => [JapaneseMailWording.Instance],
            MailLanguage.English => [EnglishMailWording.Instance, JapaneseMailWording.Instance],
            _ => throw new ArgumentOutOfRangeException(nameof(language), language, "Not a mail language."),
        };

        var subject = string.Join(" / ", wordings.Select(w => w.Subject(what(w))));
        var body = string.Join("\n\n----------------------------------------\n\n", wordings.Select(w => Body(w, details(w), otp, expiresAt)));
        return new MailText(subject, body);
    }

    private static string Body(MailWording w, List<(string Label, string Value)> details, string otp, DateTimeOffset expiresAt)
    {
        var body = new StringBuilder();
        body.Append(w.Intro).Append("\n\n").Append(w.DetailsHeading).Append('\n');
        foreach (var (label, value) in details)
        {
            body.Append(label).Append(": ").Append(Clean(value)).Append('\n');
        }

        body.Append('\n').Append(w.OtpHeading).Append('\n').Append(otp).Append("\n\n");
        body.Append(w.ExpiryHeading).Append('\n').Append(w.FormatExpiry(expiresAt.ToOffset(JapanOffset))).Append('\n');
        body.Append(w.SingleUse).Append("\n\n");
        body.Append(w.TamperWarning).Append('\n').Append(w.NotRequested).Append('\n').Append(w.SendOnly).Append('\n');
        return body.ToString();
    }

    // A value with a line break could fake further lines of the details; the data is validated upstream, this is the last guard.
    private static string Clean(string? value) =>
        string.Create((value ?? string.Empty).Length, value ?? string.Empty, static (span, source) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = char.IsControl(source[i]) ? '?' : source[i];
            }
        });
}
