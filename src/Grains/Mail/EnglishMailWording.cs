using System.Globalization;
using Inkan.Protocol.Txa;

namespace Inkan.Grains.Mail;

/// <summary>OTP mail texts in English.</summary>
internal sealed class EnglishMailWording : MailWording
{
    public static readonly EnglishMailWording Instance = new();

    public override string Subject(string what) => $"[One-time password] Please confirm: {what}";

    public override string Intro => "Here is the one-time password for the following operation.";

    public override string DetailsHeading => "■ What you are confirming";

    public override string OtpHeading => "■ One-time password";

    public override string ExpiryHeading => "■ Valid until";

    public override string SingleUse => "This password is valid once, for this operation only.";

    public override string TamperWarning =>
        "If anything above differs from what you entered, do not enter the password: stop the operation and contact your bank. "
        + "Malware on your computer may have altered the transaction (man-in-the-browser attack).";

    public override string NotRequested => "If you did not request this mail, please contact your bank.";

    public override string SendOnly => "This address only sends mail; replies are not read.";

    public override string OperationLabel => "Operation";

    public override string AddressRegistration => "Registration of your one-time password address";

    public override string Bank => "Payee's bank";

    public override string Branch => "Branch number";

    public override string AccountType => "Account type";

    public override string AccountNumber => "Account number";

    public override string Payee => "Payee";

    public override string Amount => "Amount";

    public override string Item => "Item";

    public override string AgencyNumber => "Collecting agency number";

    public override string AgencyName => "Collecting agency";

    public override string CustomerNumber => "Customer number";

    public override string BulkType => "Transfer type";

    public override string DesignatedDate => "Designated date";

    public override string TotalCount => "Total count";

    public override string TotalAmount => "Total amount";

    public override string AdminAction => "Administrative operation";

    public override string TargetLoginId => "Target login ID";

    public override string LoginId => "Login ID";

    public override string TokenSerial => "Token serial number";

    public override string Address => "Address to register";

    public override string KindName(TxaKind kind) => kind switch
    {
        TxaKind.ACT => "Token activation",
        TxaKind.TRF => "Transfer",
        TxaKind.FEE => "Tax and fee payment",
        TxaKind.BLK => "Bulk, salary or bonus transfer approval",
        TxaKind.ADM => "Administration",
        _ => kind.ToString(),
    };

    public override string BulkTypeName(BulkTransferType type) => type switch
    {
        BulkTransferType.SOGO => "Bulk transfer",
        BulkTransferType.KYUYO => "Salary transfer",
        BulkTransferType.SHOYO => "Bonus transfer",
        _ => type.ToString(),
    };

    public override string AdminOperationName(AdminOperation operation) => operation switch
    {
        AdminOperation.USER_ADD => "Register a user",
        AdminOperation.USER_CHANGE => "Change a user",
        AdminOperation.USER_DELETE => "Delete a user",
        AdminOperation.TOKEN_REVOKE => "Revoke a token",
        _ => operation.ToString(),
    };

    public override string? AccountTypeName(string subject) => subject switch
    {
        "1" => "ordinary",
        "2" => "current",
        "4" => "savings",
        "9" => "other",
        _ => null,
    };

    public override string FormatAmount(long amount) => $"JPY {TxaDisplay.FormatAmount(amount, separators: true)}";

    public override string FormatCount(long count) => TxaDisplay.FormatAmount(count, separators: true);

    public override string FormatDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public override string FormatExpiry(DateTimeOffset japanTime) =>
        japanTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + " Japan time (UTC+9)";
}
