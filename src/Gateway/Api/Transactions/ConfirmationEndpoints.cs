using Inkan.Gateway.Api.Problems;
using Inkan.Gateway.Api.RateLimiting;
using Inkan.Grains.Otp;
using Inkan.Grains.Policy;
using Inkan.Grains.Transactions;
using Inkan.Protocol.Txa;
using Inkan.Silo;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Inkan.Gateway.Api.Transactions;

/// <summary><c>/api/v1/transactions/{id}/confirmation</c> and <c>/otp/resend</c>: what the user typed, and new OTP mails. Rate limited.</summary>
public static class ConfirmationEndpoints
{
    /// <summary>Maps the endpoints under the transactions group.</summary>
    public static void MapConfirmation(this RouteGroupBuilder transactions)
    {
        transactions.MapPost("/{id}/confirmation", ConfirmAsync).LimitCodeSubmissions()
            .WithSummary("Submits what the user typed: the code (token), or the PIN and the OTP (email OTP).");
        transactions.MapPost("/{id}/otp/resend", ResendOtpAsync).LimitCodeSubmissions()
            .WithSummary("Email OTP: mails a new OTP for the pending transaction (the previous one stops working).");
    }

    private static async Task<Ok<ConfirmResult>> ConfirmAsync(string id, ConfirmBody body, IGrainFactory grains)
    {
        var grain = grains.Transaction(id);
        var owner = await grain.GetOwnerAsync();
        var request = owner.Method == ConfirmationMethod.EmailOtp
            ? new ConfirmRequest(owner.ContractId, owner.LoginId, Digits(body.Otp, "otp", 4, 10), Require.Secret(body.Pin, "pin"))
            : new ConfirmRequest(owner.ContractId, owner.LoginId, Digits(body.Code, "code", TxaCode.Length, TxaCode.Length));
        return TypedResults.Ok(await grain.ConfirmAsync(request));
    }

    private static async Task<Ok<OtpMailResult>> ResendOtpAsync(string id, IGrainFactory grains)
    {
        var grain = grains.Transaction(id);
        var owner = await grain.GetOwnerAsync();
        return TypedResults.Ok(await grain.ResendOtpAsync(owner.ContractId, owner.LoginId));
    }

    private static string Digits(string? value, string field, int min, int max)
        => Require.Present(value, field) is { } digits && digits.Length >= min && digits.Length <= max && digits.All(char.IsAsciiDigit)
            ? digits
            : throw new ApiValidationException(field, min == max ? $"{field} must be exactly {min} digits." : $"{field} must be {min} to {max} digits.");
}
