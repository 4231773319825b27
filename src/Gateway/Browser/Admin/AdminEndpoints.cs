using Inkan.Gateway.Api.Problems;
using Inkan.Gateway.Api.Users;
using Inkan.Gateway.Browser.Problems;
using Inkan.Gateway.Browser.Session;
using Inkan.Gateway.Browser.Transactions;
using Inkan.Grains.Contracts;
using Inkan.Grains.Tokens;
using Inkan.Grains.Users;
using Inkan.Silo;

namespace Inkan.Gateway.Browser.Admin;

/// <summary>
/// Administration (管理業務) for users with the Admin permission: the contract's users and tokens, and changes to
/// them (add, change, delete a user; revoke a user's token), each confirmed by an ADM transaction.
/// </summary>
public static class AdminEndpoints
{
    /// <summary>Maps <c>GET admin/contract</c> and <c>POST admin/changes</c> on <paramref name="ready"/>.</summary>
    public static void Map(RouteGroupBuilder ready)
    {
        ArgumentNullException.ThrowIfNull(ready);
        ready.MapGet("/admin/contract", OverviewAsync);
        ready.MapPost("/admin/changes", (AdminChangeForm form, HttpContext http, IGrainFactory grains, TimeProvider time)
            => TransactionEndpoints.CreateAsync(form.ToData(), http, grains, time, form.ToDetails()));
    }

    private static async Task<IResult> OverviewAsync(HttpContext http, IGrainFactory grains)
    {
        var user = BrowserUser.Of(http);
        if (!(await user.Grain(grains).GetAuthContextAsync()).Facts.Permissions.HasFlag(Permissions.Admin))
        {
            return BrowserProblems.Of(StatusCodes.Status403Forbidden, ProblemCodes.PermissionDenied, "Your permissions do not allow this operation.");
        }

        var info = await grains.GetGrain<IContractGrain>(user.ContractId).GetInfoAsync();
        var users = await Task.WhenAll(info.Users.Order(StringComparer.Ordinal).Select(async login =>
        {
            var context = await grains.GetGrain<IUserGrain>(Identifiers.UserKey(user.ContractId, login)).GetAuthContextAsync();
            return new UserRow(login, login == info.MasterLoginId, PermissionNames.Of(context.Facts.Permissions), context.Facts.Token.ToString(), context.TokenSerial);
        }));
        var tokens = await Task.WhenAll(info.Tokens.Order(StringComparer.Ordinal).Select(async serial =>
        {
            var token = await grains.GetGrain<ITokenGrain>(serial).GetInfoAsync();
            return new TokenRow(serial, token.Status.ToString(), token.Locked, token.Failures, token.Users);
        }));
        return Results.Ok(new ContractOverview(info.ContractId, info.Name, users, tokens));
    }
}
