using Inkan.Gateway.Api.Auth;
using Inkan.Gateway.Api.Problems;
using Inkan.Gateway.Api.RateLimiting;
using Inkan.Grains.Mail;
using Inkan.Grains.Otp;
using Inkan.Grains.Users;
using Inkan.Silo;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Inkan.Gateway.Api.Users;

/// <summary>
/// <c>/api/v1/contracts/{contractId}/users/{loginId}/otp-address</c> (scope <c>transactions</c>): email OTP address
/// registration on the bank's own screens; the address counts once the PIN and the OTP mailed to it are confirmed.
/// </summary>
public static class OtpAddressEndpoints
{
    /// <summary>Maps the endpoints under <paramref name="api"/>.</summary>
    public static void MapOtpAddress(this RouteGroupBuilder api)
    {
        var address = api.MapGroup("/contracts/{contractId}/users/{loginId}/otp-address")
            .RequireAuthorization(ApiKeyDefaults.TransactionsPolicy).LimitCodeSubmissions().WithTags("Users");
        address.MapPost("/", StartAsync).WithSummary("Mails an OTP to the address the user wants to register (again to resend).");
        address.MapPost("/confirmation", ConfirmAsync).WithSummary("Completes the registration with the user's PIN and the mailed OTP.");
    }

    private static async Task<Ok<OtpMailResult>> StartAsync(string contractId, string loginId, OtpAddressBody body, IGrainFactory grains)
    {
        var language = body.Language is null ? MailLanguage.Japanese : Require.Name<MailLanguage>(body.Language, "language");
        return TypedResults.Ok(await User(grains, contractId, loginId).StartOtpAddressRegistrationAsync(Require.Text(body.Address, "address"), language));
    }

    private static async Task<Ok<OtpConfirmationResult>> ConfirmAsync(string contractId, string loginId, OtpConfirmBody body, IGrainFactory grains)
        => TypedResults.Ok(await User(grains, contractId, loginId).ConfirmOtpAddressAsync(Require.Secret(body.Pin, "pin"), Require.Secret(body.Otp, "otp")));

    private static IUserGrain User(IGrainFactory grains, string contractId, string loginId)
        => grains.GetGrain<IUserGrain>(Identifiers.UserKey(Require.ContractId(contractId), Require.LoginId(loginId)));
}
