using System.Net.Mail;
using System.Security.Cryptography;
using System.Text;
using Inkan.Grains.Mail;

namespace Inkan.Gateway.Mail;

/// <summary>Turns an outbox mail into a UTF-8 <see cref="MailMessage"/> with the configured sender.</summary>
internal static class MailMessageFactory
{
    public static MailMessage Create(OutboxMail mail, MailOptions options)
    {
        var message = new MailMessage
        {
            From = new MailAddress(options.SenderAddress, options.SenderName, Encoding.UTF8),
            Subject = mail.Subject,
            SubjectEncoding = Encoding.UTF8,
            Body = mail.Body,
            BodyEncoding = Encoding.UTF8,
            IsBodyHtml = false,
            HeadersEncoding = Encoding.UTF8,
        };
        try
        {
            message.To.Add(new MailAddress(mail.To));

            // The same Message-ID on every attempt lets a receiver spot a mail the relay sent twice (at-least-once).
            message.Headers.Add("Message-ID", $"<{MessageKey(mail.Id)}@{message.From.Host}>");
            message.Headers.Add("Auto-Submitted", "auto-generated");
            return message;
        }
        catch
        {
            message.Dispose();
            throw;
        }
    }

    /// <summary>A stable key for a mail id that is safe in a Message-ID and a file name: 32 lowercase hex characters.</summary>
    public static string MessageKey(string mailId) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(mailId)).AsSpan(0, 16));
}
