using Inkan.Gateway.Api.Problems;
using Inkan.Grains.Transactions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Inkan.Gateway.Api.Transactions;

/// <summary>The problem for each way a confirmation request can be refused without a transaction.</summary>
public static class CreateRefusals
{
    /// <summary>The problem for <paramref name="result"/>, whose outcome is not <see cref="CreateOutcome.Created"/>.</summary>
    public static ProblemHttpResult Problem(TransactionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Outcome switch
        {
            CreateOutcome.PermissionDenied => ApiProblem.Result(StatusCodes.Status403Forbidden, ProblemCodes.PermissionDenied, "The user's permissions do not allow this kind of operation."),
            CreateOutcome.Blocked => ApiProblem.Result(StatusCodes.Status409Conflict, ProblemCodes.ConfirmationBlocked, $"The user cannot confirm operations now: {result.Block}.", ("reason", result.Block.ToString())),
            CreateOutcome.RegistrationNotAllowed => ApiProblem.Result(StatusCodes.Status409Conflict, ProblemCodes.RegistrationNotAllowed, "The user may not register this token now (inquiry only, before token authentication is available, or another token is registered and not revoked)."),
            _ => ApiProblem.Result(StatusCodes.Status409Conflict, ProblemCodes.TokenUnavailable, "The token is not issued to the user's contract, or it is revoked."),
        };
    }
}
