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
/// <c>POST /api/v1/transactions</c>: creates a confirmation request under a new transaction id, or, with an
/// <c>Idempotency-Key</c>, under the id bound to that key, answering the transaction an earlier identical request created.
/// </summary>
public static class TransactionCreation
{
    /// <summary>The endpoint: creates the transaction, or answers the one this request's idempotency key names.</summary>
    public static async Task<Results<Created<TransactionView>, ProblemHttpResult>> CreateAsync(
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
                return Replayed(http, earlier);
            }
        }

        var grain = grains.GetGrain<ITransactionGrain>(id);
        TransactionResult result;
        try
        {
            result = operation is not null ? await grain.CreateAsync(operation) : await grain.StartActivationAsync(activation!);
        }
        catch (DomainException e) when (idempotencyKey is not null && e.Error == DomainError.Conflict)
        {
            // The id is bound to this key: the same request, arriving at the same moment, created it first.
            return Replayed(http, await grain.DescribeAsync());
        }

        return result.Transaction is { } created ? Created(created) : CreateRefusals.Problem(result);
    }

    private static Created<TransactionView> Replayed(HttpContext http, TransactionView transaction)
    {
        http.Response.Headers[IdempotencyKeys.ReplayedHeader] = "true";
        return Created(transaction);
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
}
