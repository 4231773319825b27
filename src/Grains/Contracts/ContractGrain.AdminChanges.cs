using Inkan.Grains.Audit;
using Inkan.Grains.Errors;
using Inkan.Grains.Users;
using Inkan.Protocol.Txa;

namespace Inkan.Grains.Contracts;

/// <summary>The administrative changes of <see cref="ContractGrain"/>, each confirmed by an ADM transaction.</summary>
public sealed partial class ContractGrain
{
    /// <inheritdoc />
    public async Task<string?> CheckAdminChangeAsync(AdminChange change) => await TokenToRevokeAsync(change);

    /// <inheritdoc />
    public async Task ApplyAdminChangeAsync(AdminChange change, string actorLoginId, string transactionId)
    {
        await TokenToRevokeAsync(change);
        var target = change.TargetLoginId;
        var user = GrainFactory.GetGrain<IUserGrain>(Identifiers.UserKey(ContractId, target));
        switch (change.Operation)
        {
            case AdminOperation.USER_ADD:
                await user.CreateAsync(new UserProfile(change.Permissions, change.PasswordHash!, change.PinHash!));
                S.Users.Add(target);
                break;
            case AdminOperation.USER_DELETE:
                await user.DeleteAsync();
                S.Users.Remove(target);
                S.RetiredUsers.Add(target);
                break;
            default:
                throw new ArgumentException($"{change.Operation} does not change the contract's user list; the transaction applies it.", nameof(change));
        }

        await state.WriteStateAsync();
        await AuditAsync(AuditEventType.UserChanged, actorLoginId, null, $"{change.Operation} target={target}", transactionId);
    }

    // Checks that the change applies now; for TOKEN_REVOKE, returns the target's token.
    private async Task<string?> TokenToRevokeAsync(AdminChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        await RequireCurrentAsync();
        var target = Identifiers.RequireLoginId(change.TargetLoginId, nameof(change.TargetLoginId));
        if (change.Operation == AdminOperation.USER_ADD)
        {
            RequireUnusedLoginId(target);
            if (change.PasswordHash is null || change.PinHash is null)
            {
                throw new ArgumentException("A new user needs an initial password and PIN.", nameof(change));
            }

            return null;
        }

        if (!S.Users.Contains(target))
        {
            throw new DomainException(DomainError.NotFound, $"User {target} does not exist.");
        }

        if (target == S.MasterLoginId && change.Operation is AdminOperation.USER_CHANGE or AdminOperation.USER_DELETE)
        {
            throw new DomainException(DomainError.Forbidden, "The master user cannot be changed or deleted.");
        }

        if (change.Operation != AdminOperation.TOKEN_REVOKE)
        {
            return null;
        }

        var context = await GrainFactory.GetGrain<IUserGrain>(Identifiers.UserKey(ContractId, target)).GetAuthContextAsync();
        return context.TokenSerial ?? throw new DomainException(DomainError.Conflict, $"User {target} has no registered token.");
    }
}
