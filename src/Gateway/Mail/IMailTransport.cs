using Inkan.Grains.Mail;

namespace Inkan.Gateway.Mail;

/// <summary>Hands one outbox mail on: to an SMTP server or into a file.</summary>
public interface IMailTransport
{
    /// <summary>Sends <paramref name="mail"/>; completes once the server (or the disk) has it.</summary>
    /// <exception cref="MailDeliveryException">It was not sent; <see cref="MailDeliveryException.Permanent"/> says whether trying again can help.</exception>
    Task SendAsync(OutboxMail mail, CancellationToken cancellationToken);
}
