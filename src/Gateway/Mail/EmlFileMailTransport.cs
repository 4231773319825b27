using System.Globalization;
using System.Net.Mail;
using System.Net.Mime;
using Inkan.Grains.Mail;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Inkan.Gateway.Mail;

/// <summary>
/// The embedded default without an SMTP server: writes each mail as an .eml file (8-bit UTF-8 body, readable in any
/// editor) into the pickup directory and logs its path, so a newcomer can read the OTP at once. A resent mail
/// replaces its own file (the name comes from the mail id), so there is one file per mail.
/// </summary>
public sealed class EmlFileMailTransport(IOptions<MailOptions> options, ILogger<EmlFileMailTransport> logger) : IMailTransport
{
    /// <inheritdoc/>
    public async Task SendAsync(OutboxMail mail, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var o = options.Value;
        var directory = Path.GetFullPath(o.PickupDirectory!);
        var staging = Path.Combine(directory, ".staging", Guid.NewGuid().ToString("N"));
        try
        {
            Directory.CreateDirectory(staging);
            using (var message = MailMessageFactory.Create(mail, o))
            using (var client = new SmtpClient { DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory, PickupDirectoryLocation = staging })
            {
                message.BodyTransferEncoding = TransferEncoding.EightBit;
                await client.SendMailAsync(message, cancellationToken);
            }

            var path = Path.Combine(directory, FileName(mail));
            File.Move(Directory.GetFiles(staging).Single(), path, overwrite: true);
            logger.LogInformation("Mail {MailId} written to {Path}", mail.Id, path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or SmtpException)
        {
            throw new MailDeliveryException($"The mail could not be written to {directory}: {e.Message}", permanent: false, e);
        }
        catch (FormatException e)
        {
            throw new MailDeliveryException($"The mail cannot be addressed: {e.Message}", permanent: true, e);
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }

    /// <summary>The file name of a mail: its queue time (sorts by age) and a key from its id.</summary>
    public static string FileName(OutboxMail mail)
    {
        ArgumentNullException.ThrowIfNull(mail);
        return $"{mail.CreatedAt.UtcDateTime.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)}-{MailMessageFactory.MessageKey(mail.Id)}.eml";
    }
}
