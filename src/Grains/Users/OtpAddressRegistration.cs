using System.Text.Json.Serialization;
using Inkan.Grains.Mail;
using Inkan.Grains.Otp;

namespace Inkan.Grains.Users;

/// <summary>An OTP address registration waiting for the OTP mailed to that address; part of <see cref="UserState"/>.</summary>
public sealed class OtpAddressRegistration
{
    /// <summary>The address being registered (the latest one asked for).</summary>
    public string Address { get; set; } = "";

    /// <summary>The language of the mails, kept with the address once registered.</summary>
    [JsonConverter(typeof(JsonStringEnumConverter<MailLanguage>))]
    public MailLanguage Language { get; set; }

    /// <summary>The OTP sent to the address, with its resend limits.</summary>
    public OtpChallenge Challenge { get; set; } = new();
}
