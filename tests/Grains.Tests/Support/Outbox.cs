using System.Text.RegularExpressions;
using Inkan.Grains.Mail;

namespace Inkan.Grains.Tests.Support;

/// <summary>Reads the mails the grains queued in a <see cref="DomainSilo"/>'s outbox, and the OTP a mail carries.</summary>
internal static partial class Outbox
{
    /// <summary>Every queued mail, oldest first.</summary>
    public static async Task<IReadOnlyList<OutboxMail>> MailsAsync(this DomainSilo silo)
    {
        var entries = await silo.Storage.ReadLogAsync(OutboxMail.LogName, 0, 10_000, CancellationToken.None);
        return [.. entries.Select(e => OutboxMail.FromJson(e.Payload))];
    }

    /// <summary>The newest mail queued for <paramref name="address"/>.</summary>
    public static async Task<OutboxMail> LastMailToAsync(this DomainSilo silo, string address)
        => (await silo.MailsAsync()).Last(m => m.To == address);

    /// <summary>The OTP in a mail body: the line after the OTP heading (the first text's, Japanese or English).</summary>
    public static string OtpIn(string body)
    {
        var match = OtpLine().Match(body);
        return match.Success ? match.Groups[1].Value : throw new InvalidOperationException("The mail has no OTP line.");
    }

    [GeneratedRegex("■(?:ワンタイムパスワード| One-time password)\n([0-9]+)\n")]
    private static partial Regex OtpLine();
}
