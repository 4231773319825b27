using System.Security.Claims;
using Inkan.Gateway.Api.Auth;
using Inkan.Gateway.Api.Problems;
using Inkan.Gateway.Api.RateLimiting;
using Inkan.Grains.Otp;
using Inkan.Grains.Policy;
using Inkan.Grains.Transactions;
using Inkan.Protocol.Qr;
using Inkan.Protocol.Txa;
using Inkan.Silo;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Inkan.Gateway.Api.Transactions;

/// <summary>
/// <c>/api/v1/transactions</c> (scope <c>transactions</c>): create a confirmation request, read it, show its QR
/// code, submit the code (or PIN and OTP) the user typed, resend an OTP, cancel it.
/// </summary>
public static class TransactionEndpoints
{
    private const int MaxQrScale = 20;

    /// <summary>Maps the endpoints under <paramref name="api"/>.</summary>
    public static void MapTransactions(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/transactions").RequireAuthorization(ApiKeyDefaults.TransactionsPolicy).WithTags("Transactions");
        group.MapPost("/", CreateAsync).WithSummary("Creates a confirmation request (TRF, FEE, BLK, ADM or ACT) for a user.");
        group.MapGet("/{id}", GetAsync).WithSummary("The transaction's status and result.");
        group.MapGet("/{id}/qr.png", QrPngAsync).WithSummary("The pending challenge as a PNG QR code (scale: pixels per module, 1-20).");
        group.MapGet("/{id}/qr.svg", QrSvgAsync).WithSummary("The pending challenge as an SVG QR code.");
        group.MapPost("/{id}/confirmation", ConfirmAsync).RequireRateLimiting(RateLimitPolicies.CodeSubmission)
            .WithSummary("Submits what the user typed: the code (token), or the PIN and the OTP (email OTP).");
        group.MapPost("/{id}/otp/resend", ResendOtpAsync).RequireRateLimiting(RateLimitPolicies.CodeSubmission)
            .WithSummary("Email OTP: mails a new OTP for the pending transaction (the previous one stops working).");
        group.MapPost("/{id}/cancel", CancelAsync).WithSummary("Cancels the pending transaction.");
    }

    private static async Task<Results<Created<TransactionView>, ProblemHttpResult>> CreateAsync(
        CreateTransactionBody body, ClaimsPrincipal caller, IGrainFactory grains, IOptions<JsonOptions> json)
    {
        var (operation, activation) = TransactionRequests.Parse(body, json.Value.SerializerOptions, caller.FindFirstValue(ApiKeyDefaults.KeyIdClaim)!);
        var grain = grains.GetGrain<ITransactionGrain>(TransactionIds.New());
        var result = operation is not null ? await grain.CreateAsync(operation) : await grain.StartActivationAsync(activation!);
        return result.Transaction is { } created
            ? TypedResults.Created($"{BankApiRoutes.V1}/transactions/{created.TransactionId}", created)
            : CreateRefusals.Problem(result);
    }

    private static async Task<Ok<TransactionView>> GetAsync(string id, IGrainFactory grains)
        => TypedResults.Ok(await Grain(grains, id).DescribeAsync());

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> QrPngAsync(string id, int? scale, IGrainFactory grains, HttpResponse response)
    {
        if (scale is < 1 or > MaxQrScale)
        {
            throw new ApiValidationException("scale", $"scale must be from 1 to {MaxQrScale} pixels per module.");
        }

        var view = await Grain(grains, id).DescribeAsync();
        if (NoChallenge(view) is { } problem)
        {
            return problem;
        }

        response.Headers.CacheControl = "no-store";
        return TypedResults.File(TxaQrCode.RenderPng(view.Payload, scale ?? 6), "image/png");
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> QrSvgAsync(string id, IGrainFactory grains, HttpResponse response)
    {
        var view = await Grain(grains, id).DescribeAsync();
        if (NoChallenge(view) is { } problem)
        {
            return problem;
        }

        response.Headers.CacheControl = "no-store";
        return TypedResults.Text(TxaQrCode.RenderSvg(view.Payload), "image/svg+xml");
    }

    private static async Task<Ok<ConfirmResult>> ConfirmAsync(string id, ConfirmBody body, IGrainFactory grains)
    {
        var grain = Grain(grains, id);
        var view = await grain.DescribeAsync();
        var request = view.Method == ConfirmationMethod.EmailOtp
            ? new ConfirmRequest(view.ContractId, view.LoginId, Digits(body.Otp, "otp", 4, 10), Require.Secret(body.Pin, "pin"))
            : new ConfirmRequest(view.ContractId, view.LoginId, Digits(body.Code, "code", TxaCode.Length, TxaCode.Length));
        return TypedResults.Ok(await grain.ConfirmAsync(request));
    }

    private static async Task<Ok<OtpMailResult>> ResendOtpAsync(string id, IGrainFactory grains)
    {
        var grain = Grain(grains, id);
        var view = await grain.DescribeAsync();
        return TypedResults.Ok(await grain.ResendOtpAsync(view.ContractId, view.LoginId));
    }

    private static async Task<Ok<TransactionView>> CancelAsync(string id, IGrainFactory grains)
    {
        var grain = Grain(grains, id);
        var view = await grain.DescribeAsync();
        return TypedResults.Ok(await grain.CancelAsync(view.ContractId, view.LoginId));
    }

    private static string Digits(string? value, string field, int min, int max)
        => Require.Present(value, field) is { } digits && digits.Length >= min && digits.Length <= max && digits.All(char.IsAsciiDigit)
            ? digits
            : throw new ApiValidationException(field, min == max ? $"{field} must be exactly {min} digits." : $"{field} must be {min} to {max} digits.");

    private static ProblemHttpResult? NoChallenge(TransactionView view)
        => view.Status == TransactionStatus.Pending && view.Method == ConfirmationMethod.Token
            ? null
            : ApiProblem.Result(StatusCodes.Status409Conflict, ProblemCodes.NotPending, $"Transaction {view.TransactionId} is {view.Status}; it has no QR challenge to show.");

    private static ITransactionGrain Grain(IGrainFactory grains, string id)
        => TransactionIds.IsValid(id) ? grains.GetGrain<ITransactionGrain>(id) : throw new ApiValidationException("id", "A transaction id is 32 lowercase hexadecimal characters.");
}
