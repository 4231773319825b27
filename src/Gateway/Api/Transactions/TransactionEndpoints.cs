using System.Security.Claims;
using Inkan.Gateway.Api.Auth;
using Inkan.Gateway.Api.Callbacks;
using Inkan.Gateway.Api.Problems;
using Inkan.Grains.Errors;
using Inkan.Grains.Idempotency;
using Inkan.Grains.Transactions;
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
    /// <summary>Maps the endpoints under <paramref name="api"/>.</summary>
    public static void MapTransactions(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/transactions").RequireAuthorization(ApiKeyDefaults.TransactionsPolicy).WithTags("Transactions");
        group.MapPost("/", CreateAsync).WithSummary("Creates a confirmation request (TRF, FEE, BLK, ADM or ACT) for a user.");
        group.MapGet("/{id}", GetAsync).WithSummary("The transaction's status and result.");
        group.MapQrCodes();
        group.MapConfirmation();
        group.MapPost("/{id}/cancel", CancelAsync).WithSummary("Cancels the pending transaction.");
    }

    private static async Task<Results<Created<TransactionView>, ProblemHttpResult>> CreateAsync(
        CreateTransactionBody body,
        [Microsoft.AspNetCore.Mvc.FromHeader(Name = IdempotencyKeys.HeaderName)] string? idempotencyKey,
        HttpContext http,
        IGrainFactory grains,
        IOptions<JsonOptions> json,
        CallbackTargets callbacks,
        TimeProvider time)
    {
        var keyId = http.User.FindFirstValue(ApiKeyDefaults.KeyIdClaim)!;
        var (operation, activation) = TransactionRequests.Parse(body, json.Value.SerializerOptions, keyId, callbacks);
        var id = TransactionIds.New(time);
        if (idempotencyKey is not null)
        {
            var key = IdempotencyKeys.Check(idempotencyKey);
            var fingerprint = IdempotencyKeys.Fingerprint(http.Request, body, json.Value.SerializerOptions);
            var reservation = await grains.GetGrain<IIdempotencyKeyGrain>(IdempotencyKeys.GrainKey(keyId, key)).ReserveAsync(fingerprint, id);
            if (!reservation.SameRequest)
            {
                return ApiProblem.Result(StatusCodes.Status422UnprocessableEntity, ProblemCodes.IdempotencyKeyReused, $"This {IdempotencyKeys.HeaderName} was used for another request in the last 24 hours.");
            }

            id = reservation.TransactionId;
            // A retry whose first attempt created the transaction gets it; one whose first attempt was refused (or lost
            // before the creation) tries again under the same id.
            if (reservation.Replayed && await ExistingAsync(grains.GetGrain<ITransactionGrain>(id)) is { } earlier)
            {
                http.Response.Headers[IdempotencyKeys.ReplayedHeader] = "true";
                return Created(earlier);
            }
        }

        var grain = grains.GetGrain<ITransactionGrain>(id);
        var result = operation is not null ? await grain.CreateAsync(operation) : await grain.StartActivationAsync(activation!);
        return result.Transaction is { } created ? Created(created) : CreateRefusals.Problem(result);
    }

    private static async Task<TransactionView?> ExistingAsync(ITransactionGrain grain)
    {
        try
        {
            return await grain.DescribeAsync();
        }
        catch (DomainException e) when (e.Error == DomainError.NotFound)
        {
            return null;
        }
    }

    private static Created<TransactionView> Created(TransactionView transaction)
        => TypedResults.Created($"{BankApiRoutes.V1}/transactions/{transaction.TransactionId}", transaction);

    private static async Task<Ok<TransactionView>> GetAsync(string id, IGrainFactory grains)
        => TypedResults.Ok(await grains.Transaction(id).DescribeAsync());

    private static async Task<Ok<TransactionView>> CancelAsync(string id, IGrainFactory grains)
    {
        var grain = grains.Transaction(id);
        var view = await grain.DescribeAsync();
        return TypedResults.Ok(await grain.CancelAsync(view.ContractId, view.LoginId));
    }

    /// <summary>The transaction grain for a route's <paramref name="id"/>, checked.</summary>
    public static ITransactionGrain Transaction(this IGrainFactory grains, string id)
        => TransactionIds.IsValid(id) ? grains.GetGrain<ITransactionGrain>(id) : throw new ApiValidationException("id", "A transaction id is 32 lowercase hexadecimal characters.");
}
