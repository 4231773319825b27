using Inkan.Grains.Audit;
using Inkan.Grains.Errors;
using Inkan.Grains.Users;

namespace Inkan.Grains.Contracts;

/// <summary>The back office's changes to the users of <see cref="ContractGrain"/>, made on written request without a token.</summary>
public sealed partial class ContractGrain
{
    /// <inheritdoc />
    public async Task ChangeUserPermissionsAsync(string loginId, Permissions permissions)
    {
        var user = await RequireUserAsync(loginId);
        if (loginId == S.MasterLoginId)
        {
            throw new DomainException(DomainError.Forbidden, "The master user's permissions cannot be changed.");
        }

        await user.ChangePermissionsAsync(permissions);
        await AuditAsync(AuditEventType.UserChanged, loginId, null, $"USER_CHANGE permissions={permissions} by {BackOffice}");
    }

    /// <inheritdoc />
    public async Task ResetUserSecretsAsync(string loginId, string? password, string? pin)
    {
        var user = await RequireUserAsync(loginId);
        if (password is null && pin is null)
        {
            throw new ArgumentException("Give a new password, a new PIN, or both.", nameof(password));
        }

        await user.ResetSecretsAsync(password is null ? null : hasher.Hash(password), pin is null ? null : hasher.Hash(pin));
        var what = string.Join('+', new[] { password is null ? null : "password", pin is null ? null : "pin" }.OfType<string>());
        await AuditAsync(AuditEventType.UserChanged, loginId, null, $"SECRETS_RESET {what} by {BackOffice}");
    }

    private async Task<IUserGrain> RequireUserAsync(string loginId)
    {
        await RequireCurrentAsync();
        Identifiers.RequireLoginId(loginId, nameof(loginId));
        return S.Users.Contains(loginId)
            ? GrainFactory.GetGrain<IUserGrain>(Identifiers.UserKey(ContractId, loginId))
            : throw new DomainException(DomainError.NotFound, $"User {loginId} does not exist.");
    }
}
