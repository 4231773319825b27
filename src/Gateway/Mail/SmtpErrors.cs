using System.Net.Mail;

namespace Inkan.Gateway.Mail;

/// <summary>Classifies SMTP failures: a 5xx reply is permanent; 4xx replies and connection failures are worth retrying.</summary>
internal static class SmtpErrors
{
    public static MailDeliveryException ToDeliveryException(SmtpException e)
    {
        var code = e is SmtpFailedRecipientsException { InnerExceptions: [var first, ..] } ? first.StatusCode : e.StatusCode;
        var permanent = (int)code is >= 500 and < 600;
        return new MailDeliveryException(Describe(e, code), permanent, e);
    }

    private static string Describe(Exception e, SmtpStatusCode code)
    {
        var message = e.InnerException is { } inner ? $"{e.Message} ({inner.Message})" : e.Message;
        return (int)code > 0 ? $"SMTP {(int)code}: {message}" : message;
    }
}
