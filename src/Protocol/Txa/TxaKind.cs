namespace Inkan.Protocol.Txa;

#pragma warning disable CA1707 // Member names are the TXA1 wire names (SPEC section 7).

/// <summary>The operation a TXA1 payload asks the user to confirm; each name is written as is in the payload.</summary>
public enum TxaKind
{
    /// <summary>Token activation (利用開始登録).</summary>
    ACT,

    /// <summary>Individual transfer (振込振替).</summary>
    TRF,

    /// <summary>Tax and fee payment (税金・各種料金の払込み).</summary>
    FEE,

    /// <summary>Approval of a bulk, salary or bonus transfer.</summary>
    BLK,

    /// <summary>An administrative change (管理業務).</summary>
    ADM,
}
