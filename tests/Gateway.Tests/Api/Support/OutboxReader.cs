using System.Text.RegularExpressions;
using Inkan.Grains.Mail;
using Inkan.Silo.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Inkan.Gateway.Tests.Api.Support;

/// <summary>Reads the OTP of the latest mail to an address from the gateway's outbox, as the user would from the mail.</summary>
public static partial class OutboxReader
{
    public static async Task<string> LatestOtpAsync(this BankApiFactory factory, string to)
    {
        var entries = await factory.Services.GetRequiredService<IGrainStorage>().ReadLogAsync(OutboxMail.LogName, 0, 10_000, CancellationToken.None);
        var mail = entries.Select(e => OutboxMail.FromJson(e.Payload)).Last(m => m.To == to);
        return OtpLine().Match(mail.Body) is { Success: true } match ? match.Groups[1].Value : throw new InvalidOperationException("No OTP in the mail.");
    }

    [GeneratedRegex("■ワンタイムパスワード\n([0-9]+)\n")]
    private static partial Regex OtpLine();
}
