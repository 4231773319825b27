namespace Inkan.Protocol.Txa;

#pragma warning disable CA1707 // Member names are the TXA1 wire names (SPEC section 7).

/// <summary>An administrative operation (ADM); each name is written as is in the payload.</summary>
public enum AdminOperation
{
    /// <summary>Register a user (利用者登録).</summary>
    USER_ADD,

    /// <summary>Change a user (利用者変更).</summary>
    USER_CHANGE,

    /// <summary>Delete a user (利用者削除).</summary>
    USER_DELETE,

    /// <summary>Revoke a token (トークン失効).</summary>
    TOKEN_REVOKE,
}
