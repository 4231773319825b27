using System.Text.Json.Serialization;

namespace Inkan.Grains.Users;

/// <summary>
/// What a user may do in the banking service (SPEC section 2). Any subset is allowed;
/// a contract's master user holds <see cref="All"/>.
/// </summary>
[Flags]
[JsonConverter(typeof(JsonStringEnumConverter<Permissions>))]
public enum Permissions
{
    /// <summary>No permission.</summary>
    None = 0,

    /// <summary>照会: balances and statements.</summary>
    Inquiry = 1,

    /// <summary>振込データ作成: preparing transfer data without sending it.</summary>
    DataCreation = 2,

    /// <summary>資金移動: individual transfers, tax and fee payments.</summary>
    FundTransfer = 4,

    /// <summary>承認: approval of bulk, salary and bonus transfers and of individual transfers.</summary>
    Approval = 8,

    /// <summary>管理業務: user and token administration.</summary>
    Admin = 16,

    /// <summary>Every permission: the master user.</summary>
    All = Inquiry | DataCreation | FundTransfer | Approval | Admin,
}
