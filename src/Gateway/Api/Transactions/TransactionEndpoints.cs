using Inkan.Gateway.Api.Auth;
using Inkan.Gateway.Api.Problems;
using Inkan.Grains.Transactions;
using Inkan.Silo;
using Microsoft.AspNetCore.Http.HttpResults;

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
        group.MapPost("/", TransactionCreation.CreateAsync).WithSummary("Creates a confirmation request (TRF, FEE, BLK, ADM or ACT) for a user.");
        group.MapGet("/{id}", GetAsync).WithSummary("The transaction's status and result.");
        group.MapQrCodes();
        group.MapConfirmation();
        group.MapPost("/{id}/cancel", CancelAsync).WithSummary("Cancels the pending transaction.");
    }

    private static async Task<Ok<TransactionView>> GetAsync(string id, IGrainFactory grains)
        => TypedResults.Ok(await grains.Transaction(id).DescribeAsync());

    private static async Task<Ok<TransactionView>> CancelAsync(string id, IGrainFactory grains)
    {
        var grain = grains.Transaction(id);
        var owner = await grain.GetOwnerAsync();
        return TypedResults.Ok(await grain.CancelAsync(owner.ContractId, owner.LoginId));
    }

    /// <summary>The transaction grain for a route's <paramref name="id"/>, checked.</summary>
    public static ITransactionGrain Transaction(this IGrainFactory grains, string id)
        => TransactionIds.IsValid(id) ? grains.GetGrain<ITransactionGrain>(id) : throw new ApiValidationException("id", "A transaction id is 32 lowercase hexadecimal characters.");
}
