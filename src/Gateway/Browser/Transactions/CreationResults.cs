using Inkan.Gateway.Browser.Problems;
using Inkan.Grains.Transactions;

namespace Inkan.Gateway.Browser.Transactions;

/// <summary>Turns the answer to a creation into 201 with the transaction, or a problem with a stable code saying why not.</summary>
public static class CreationResults
{
    /// <summary>The HTTP result of <paramref name="result"/>.</summary>
    public static IResult Of(TransactionResult result, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Outcome switch
        {
            CreateOutcome.Created when result.Transaction is { } view =>
                Results.Created($"/app/api/transactions/{view.TransactionId}", BrowserTransaction.Of(view, now)),
            CreateOutcome.PermissionDenied =>
                BrowserProblems.Of(StatusCodes.Status403Forbidden, "permission_denied", "Your permissions do not allow this operation."),
            CreateOutcome.Blocked =>
                BrowserProblems.Of(StatusCodes.Status409Conflict, "blocked", "Operations cannot be confirmed now.", result.Block.ToString()),
            CreateOutcome.MethodUnavailable =>
                BrowserProblems.Of(StatusCodes.Status409Conflict, "method_unavailable", "Your confirmation method is not available on this server."),
            CreateOutcome.RegistrationNotAllowed =>
                BrowserProblems.Of(StatusCodes.Status403Forbidden, "registration_not_allowed", "You cannot register a token now."),
            CreateOutcome.TokenUnavailable =>
                BrowserProblems.Of(StatusCodes.Status409Conflict, "token_unavailable", "No usable token with this serial number was issued to your contract."),
            _ => throw new InvalidOperationException($"Unexpected creation outcome {result.Outcome}."),
        };
    }
}
