namespace Inkan.Protocol.Txa;

/// <summary>The type of a bulk transfer approval (BLK); each name is written as is in the payload.</summary>
public enum BulkTransferType
{
    /// <summary>Bulk transfer (総合振込).</summary>
    SOGO,

    /// <summary>Salary transfer (給与振込).</summary>
    KYUYO,

    /// <summary>Bonus transfer (賞与振込).</summary>
    SHOYO,
}
