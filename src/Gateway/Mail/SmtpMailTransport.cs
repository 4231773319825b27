using System.Net;
using System.Net.Mail;
using System.Net.Sockets;
using System.Security.Authentication;
using Inkan.Grains.Mail;
using Microsoft.Extensions.Options;

namespace Inkan.Gateway.Mail;

/// <summary>Sends mails to the configured SMTP server with <see cref="SmtpClient"/> (STARTTLS and credentials as configured).</summary>
public sealed class SmtpMailTransport(IOptions<MailOptions> options) : IMailTransport
{
    /// <inheritdoc/>
    public async Task SendAsync(OutboxMail mail, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var o = options.Value;
        try
        {
            using var message = MailMessageFactory.Create(mail, o);
            using var client = new SmtpClient(o.Host, o.Port)
            {
                EnableSsl = o.StartTls,
                Timeout = (int)o.Timeout.TotalMilliseconds,
                DeliveryMethod = SmtpDeliveryMethod.Network,
            };
            if (!string.IsNullOrEmpty(o.UserName))
            {
                client.Credentials = new NetworkCredential(o.UserName, o.Password);
            }

            await client.SendMailAsync(message, cancellationToken);
        }
        catch (SmtpException e)
        {
            throw SmtpErrors.ToDeliveryException(e);
        }
        catch (FormatException e)
        {
            throw new MailDeliveryException($"The mail cannot be addressed: {e.Message}", permanent: true, e);
        }
        catch (Exception e) when (e is IOException or SocketException or AuthenticationException)
        {
            throw new MailDeliveryException($"The SMTP connection failed: {e.Message}", permanent: false, e);
        }
    }
}
