using Inkan.Grains.Audit;
using Inkan.Grains.Contracts;
using Inkan.Grains.Tokens;
using Inkan.Protocol.Txa;

namespace Inkan.Grains.Transactions;

/// <summary>The administrative change of an authorized ADM transaction of <see cref="TransactionGrain"/>.</summary>
public sealed partial class TransactionGrain
{
    // The contract applies the changes of its user list in its own turn. A permission change or a token revocation
    // touches one user or one token: the contract checks it and this grain applies and audits it, so the contract,
    // which every creation of the company calls, does not wait for another grain's write to be durable.
    private async Task ApplyAdminChangeAsync(AdminChange change)
    {
        var contract = GrainFactory.GetGrain<IContractGrain>(S.ContractId);
        if (change.Operation is AdminOperation.USER_ADD or AdminOperation.USER_DELETE)
        {
            await contract.ApplyAdminChangeAsync(change, S.LoginId, Id);
            return;
        }

        var serial = await contract.CheckAdminChangeAsync(change);
        if (change.Operation == AdminOperation.USER_CHANGE)
        {
            await UserOf(S.ContractId, change.TargetLoginId).ChangePermissionsAsync(change.Permissions);
        }
        else
        {
            await GrainFactory.GetGrain<ITokenGrain>(serial!).RevokeAsync($"{AdminOperation.TOKEN_REVOKE} by {S.LoginId}", S.LoginId);
        }

        await AuditAsync(S.ContractId, AuditEventType.UserChanged, S.LoginId, serial, $"{change.Operation} target={change.TargetLoginId}");
    }
}
