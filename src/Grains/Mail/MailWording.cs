using Inkan.Protocol.Txa;

namespace Inkan.Grains.Mail;

/// <summary>The fixed texts and labels of OTP mails in one language, and how that language writes values.</summary>
internal abstract class MailWording
{
    public abstract string Subject(string what);

    public abstract string Intro { get; }

    public abstract string DetailsHeading { get; }

    public abstract string OtpHeading { get; }

    public abstract string ExpiryHeading { get; }

    public abstract string SingleUse { get; }

    public abstract string TamperWarning { get; }

    public abstract string NotRequested { get; }

    public abstract string SendOnly { get; }

    public abstract string OperationLabel { get; }

    public abstract string AddressRegistration { get; }

    public abstract string Bank { get; }

    public abstract string Branch { get; }

    public abstract string AccountType { get; }

    public abstract string AccountNumber { get; }

    public abstract string Payee { get; }

    public abstract string Amount { get; }

    public abstract string Item { get; }

    public abstract string AgencyNumber { get; }

    public abstract string AgencyName { get; }

    public abstract string CustomerNumber { get; }

    public abstract string BulkType { get; }

    public abstract string DesignatedDate { get; }

    public abstract string TotalCount { get; }

    public abstract string TotalAmount { get; }

    public abstract string AdminAction { get; }

    public abstract string TargetLoginId { get; }

    public abstract string LoginId { get; }

    public abstract string TokenSerial { get; }

    public abstract string Address { get; }

    public abstract string KindName(TxaKind kind);

    public abstract string BulkTypeName(BulkTransferType type);

    public abstract string AdminOperationName(AdminOperation operation);

    /// <summary>The name of a Zengin account subject code (1 ordinary, 2 current, 4 savings, 9 other); null for another code.</summary>
    public abstract string? AccountTypeName(string subject);

    public abstract string FormatAmount(long amount);

    public abstract string FormatCount(long count);

    public abstract string FormatDate(DateOnly date);

    /// <summary>Writes an expiry given in Japan time.</summary>
    public abstract string FormatExpiry(DateTimeOffset japanTime);
}
