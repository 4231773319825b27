using System.Net.Mail;

namespace Inkan.Gateway.Mail;

/// <summary>
/// Classifies SMTP failures. A refused recipient concerns that mail alone: permanent on 5xx, worth retrying later on 4xx.
/// Any other reply (to the connection, the credentials, the sender, the data) and connection failures concern every
/// mail: a relay misconfigured or down, which is fixed and retried, never a reason to drop mails.
/// </summary>
internal static class SmtpErrors
{
    public static MailDeliveryException ToDeliveryException(SmtpException e)
    {
        if (e is SmtpFailedRecipientException recipient)
        {
            var code = e is SmtpFailedRecipientsException { InnerExceptions: [var first, ..] } ? first.StatusCode : recipient.StatusCode;
            return new MailDeliveryException(Describe(e, code), permanent: (int)code is >= 500 and < 600, e) { RecipientOnly = true };
        }

        return new MailDeliveryException(Describe(e, e.StatusCode), permanent: false, e);
    }

    private static string Describe(Exception e, SmtpStatusCode code)
    {
        var message = e.InnerException is { } inner ? $"{e.Message} ({inner.Message})" : e.Message;
        return (int)code > 0 ? $"SMTP {(int)code}: {message}" : message;
    }
}
