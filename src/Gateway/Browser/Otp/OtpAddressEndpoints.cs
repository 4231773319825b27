using Inkan.Gateway.Api.Problems;
using Inkan.Gateway.Browser.Session;
using Inkan.Grains.Mail;
using Inkan.Silo;

namespace Inkan.Gateway.Browser.Otp;

/// <summary>
/// Registration of the email OTP address (SPEC section 4), which the logon may require before anything else: the
/// address gets an OTP mail, and the confirmation PIN with that OTP completes the registration.
/// </summary>
public static class OtpAddressEndpoints
{
    /// <summary>Maps <c>POST otp-address</c> (send or send again) and <c>POST otp-address/confirm</c> on <paramref name="session"/>.</summary>
    public static void Map(RouteGroupBuilder session)
    {
        ArgumentNullException.ThrowIfNull(session);
        session.MapPost("/otp-address", StartAsync);
        session.MapPost("/otp-address/confirm", ConfirmAsync).RequireRateLimiting(BrowserAuth.CodeLimit);
    }

    private static async Task<IResult> StartAsync(OtpAddressForm form, HttpContext http, IGrainFactory grains, TimeProvider time)
    {
        var language = form.Language == "en" ? MailLanguage.English : MailLanguage.Japanese;
        var result = await BrowserUser.Of(http).Grain(grains).StartOtpAddressRegistrationAsync(form.Address ?? "", language);
        return Results.Ok(OtpMailView.Of(result, time.GetUtcNow()));
    }

    private static async Task<IResult> ConfirmAsync(OtpAddressConfirmForm form, HttpContext http, IGrainFactory grains)
    {
        // Checked as the bank API checks them, so that no malformed confirmation reaches the user's audited count.
        var result = await BrowserUser.Of(http).Grain(grains).ConfirmOtpAddressAsync(Require.Secret(form.Pin, "pin"), Require.Secret(form.Otp, "otp"));
        return Results.Ok(new { Outcome = result.Outcome.ToString(), result.RemainingAttempts });
    }
}
