using Inkan.Protocol.Txa;

namespace Inkan.Grains.Users;

/// <summary>Which permissions allow which kind of operation (SPEC sections 3 and 5).</summary>
public static class KindPermissions
{
    /// <summary>
    /// Whether <paramref name="permissions"/> allow creating an operation of <paramref name="kind"/>: TRF on
    /// execution (FundTransfer) or approval (Approval), FEE with FundTransfer, BLK with Approval, ADM with
    /// Admin, and ACT for anyone who sees the registration screen (anything beyond inquiry).
    /// </summary>
    public static bool Allows(this Permissions permissions, TxaKind kind) => kind switch
    {
        TxaKind.TRF => (permissions & (Permissions.FundTransfer | Permissions.Approval)) != 0,
        TxaKind.FEE => permissions.HasFlag(Permissions.FundTransfer),
        TxaKind.BLK => permissions.HasFlag(Permissions.Approval),
        TxaKind.ADM => permissions.HasFlag(Permissions.Admin),
        TxaKind.ACT => !permissions.IsInquiryOnly(),
        _ => false,
    };
}
