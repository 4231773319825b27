using Inkan.Gateway.Api.Auth;
using Inkan.Gateway.Api.Problems;
using Inkan.Gateway.Api.RateLimiting;
using Inkan.Grains.Users;
using Inkan.Silo;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Inkan.Gateway.Api.Users;

/// <summary>
/// <c>POST /api/v1/contracts/{contractId}/users/{loginId}/logon</c> (scope <c>transactions</c>): checks a user's
/// password for a bank that renders its own logon screen and says what the logon leads to. Rate limited per user.
/// </summary>
public static class LogonEndpoints
{
    /// <summary>Maps the endpoint under <paramref name="api"/>.</summary>
    public static void MapLogon(this RouteGroupBuilder api)
        => api.MapPost("/contracts/{contractId}/users/{loginId}/logon", LogonAsync)
            .RequireAuthorization(ApiKeyDefaults.TransactionsPolicy)
            .LimitLogons()
            .WithTags("Users")
            .WithSummary("Checks a user's login password and returns the logon decision (token or OTP address registration, or the top page).");

    private static async Task<Ok<LogonResponse>> LogonAsync(string contractId, string loginId, LogonBody body, IGrainFactory grains)
    {
        var user = grains.GetGrain<IUserGrain>(Identifiers.UserKey(Require.ContractId(contractId), Require.LoginId(loginId)));
        if (!await user.VerifyPasswordAsync(Require.Secret(body.Password, "password")))
        {
            return TypedResults.Ok(new LogonResponse(false, null, null));
        }

        var decision = await user.DecideLogonAsync(body.SkipTokenRegistration);
        return TypedResults.Ok(new LogonResponse(true, decision.Step, decision.CanSkip));
    }
}
