using Inkan.Gateway.Api.Problems;
using Inkan.Gateway.Api.Users;
using Inkan.Grains.Contracts;
using Inkan.Grains.Users;
using Inkan.Silo;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Inkan.Gateway.Api.BackOffice;

/// <summary><c>/api/v1/backoffice/contracts/{contractId}/users</c>: add users, read them, change permissions, reset secrets, unlock email OTP, reset its address.</summary>
public static class UserEndpoints
{
    /// <summary>Maps the endpoints under <paramref name="backOffice"/>.</summary>
    public static void MapUsers(this RouteGroupBuilder backOffice)
    {
        var users = backOffice.MapGroup("/contracts/{contractId}/users").WithTags("Back office: users");
        users.MapPost("/", AddAsync).WithSummary("Adds a user with an initial password and PIN.");
        users.MapGet("/{loginId}", GetAsync).WithSummary("The user's permissions, token and email OTP standing.");
        users.MapPut("/{loginId}/permissions", ChangePermissionsAsync).WithSummary("Replaces the user's permissions (not the master user's).");
        users.MapPost("/{loginId}/secrets", ResetSecretsAsync).WithSummary("Sets a new login password, confirmation PIN, or both.");
        users.MapPost("/{loginId}/otp-unlock", UnlockOtpAsync).WithSummary("Unlocks a user locked by wrong PIN + OTP confirmations, on a written request.");
        users.MapPost("/{loginId}/otp-address-reset", ResetOtpAddressAsync)
            .WithSummary("Removes the user's registered OTP address, on a written request; the user registers a new one at the next logon.");
    }

    /// <summary>The back-office view of a user.</summary>
    public static async Task<UserView> ViewAsync(IGrainFactory grains, string contractId, string loginId)
    {
        ArgumentNullException.ThrowIfNull(grains);
        var user = grains.GetGrain<IUserGrain>(Identifiers.UserKey(contractId, loginId));
        var context = await user.GetAuthContextAsync();
        return new UserView(
            contractId, loginId, PermissionNames.Of(context.Facts.Permissions), context.Facts.Token, context.TokenSerial, await user.GetOtpStatusAsync(), await user.IsLogonLockedAsync());
    }

    private static async Task<Created<UserView>> AddAsync(string contractId, NewUserBody body, IGrainFactory grains)
    {
        var contract = grains.Contract(contractId);
        var loginId = Require.LoginId(body.LoginId);
        await contract.AddUserAsync(new NewUser(
            loginId, PermissionNames.Parse(body.Permissions, "permissions"), Require.Secret(body.Password, "password"), Require.Secret(body.Pin, "pin")));
        return TypedResults.Created($"{BankApiRoutes.V1}/backoffice/contracts/{contractId}/users/{loginId}", await ViewAsync(grains, contractId, loginId));
    }

    private static async Task<Ok<UserView>> GetAsync(string contractId, string loginId, IGrainFactory grains)
        => TypedResults.Ok(await ViewAsync(grains, Require.ContractId(contractId), Require.LoginId(loginId)));

    private static async Task<Ok<UserView>> ChangePermissionsAsync(string contractId, string loginId, PermissionsBody body, IGrainFactory grains)
    {
        var contract = grains.Contract(contractId);
        await contract.ChangeUserPermissionsAsync(Require.LoginId(loginId), PermissionNames.Parse(body.Permissions, "permissions"));
        return TypedResults.Ok(await ViewAsync(grains, contractId, loginId));
    }

    private static async Task<NoContent> ResetSecretsAsync(string contractId, string loginId, SecretsBody body, IGrainFactory grains)
    {
        var contract = grains.Contract(contractId);
        if (body.Password is null && body.Pin is null)
        {
            throw new ApiValidationException("password", "Give a new password, a new PIN, or both.");
        }

        await contract.ResetUserSecretsAsync(
            Require.LoginId(loginId), body.Password is null ? null : Require.Secret(body.Password, "password"), body.Pin is null ? null : Require.Secret(body.Pin, "pin"));
        return TypedResults.NoContent();
    }

    private static async Task<Ok<UserView>> UnlockOtpAsync(string contractId, string loginId, UnlockBody body, IGrainFactory grains, HttpContext context)
    {
        var user = grains.GetGrain<IUserGrain>(Identifiers.UserKey(Require.ContractId(contractId), Require.LoginId(loginId)));
        await user.UnlockOtpAsync(Require.Text(body.Reference, "reference"), BackOfficeOperator.Of(context));
        return TypedResults.Ok(await ViewAsync(grains, contractId, loginId));
    }

    private static async Task<Ok<UserView>> ResetOtpAddressAsync(string contractId, string loginId, UnlockBody body, IGrainFactory grains, HttpContext context)
    {
        var user = grains.GetGrain<IUserGrain>(Identifiers.UserKey(Require.ContractId(contractId), Require.LoginId(loginId)));
        await user.ResetOtpAddressAsync(Require.Text(body.Reference, "reference"), BackOfficeOperator.Of(context));
        return TypedResults.Ok(await ViewAsync(grains, contractId, loginId));
    }
}
