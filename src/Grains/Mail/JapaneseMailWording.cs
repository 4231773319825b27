using System.Globalization;
using Inkan.Protocol.Txa;

namespace Inkan.Grains.Mail;

/// <summary>OTP mail texts in Japanese, in the words of seed 000 and the token display.</summary>
internal sealed class JapaneseMailWording : MailWording
{
    public static readonly JapaneseMailWording Instance = new();

    public override string Subject(string what) => $"【ワンタイムパスワード】{what}のご確認";

    public override string Intro => "以下のお取引のワンタイムパスワードをお知らせします。";

    public override string DetailsHeading => "■お取引内容";

    public override string OtpHeading => "■ワンタイムパスワード";

    public override string ExpiryHeading => "■有効期限";

    public override string SingleUse => "このワンタイムパスワードは、上記のお取引に1回だけ有効です。";

    public override string TamperWarning =>
        "上記のお取引内容がお客さまの入力した内容と異なる場合は、ワンタイムパスワードを入力せずにお取引を中止し、お取引店へご連絡ください。"
        + "パソコンがウイルスに感染し、お取引内容が改ざんされているおそれがあります(MITB攻撃)。";

    public override string NotRequested => "このメールにお心当たりのない場合は、お取引店へご連絡ください。";

    public override string SendOnly => "このメールは送信専用です。ご返信いただいてもお答えできません。";

    public override string OperationLabel => "お取引";

    public override string AddressRegistration => "ワンタイムパスワード送信先アドレス登録";

    public override string Bank => "振込先金融機関";

    public override string Branch => "支店番号";

    public override string AccountType => "預金種目";

    public override string AccountNumber => "口座番号";

    public override string Payee => "受取人名";

    public override string Amount => "金額";

    public override string Item => "明細";

    public override string AgencyNumber => "収納機関番号";

    public override string AgencyName => "収納機関名";

    public override string CustomerNumber => "お客様番号";

    public override string BulkType => "取引種別";

    public override string DesignatedDate => "指定日";

    public override string TotalCount => "合計件数";

    public override string TotalAmount => "合計金額";

    public override string AdminAction => "操作内容";

    public override string TargetLoginId => "操作対象ログインID";

    public override string LoginId => "ログインID";

    public override string TokenSerial => "トークンシリアル番号";

    public override string Address => "登録するメールアドレス";

    public override string KindName(TxaKind kind) => TxaDisplay.Title(kind);

    public override string BulkTypeName(BulkTransferType type) => type switch
    {
        BulkTransferType.SOGO => "総合振込",
        BulkTransferType.KYUYO => "給与振込",
        BulkTransferType.SHOYO => "賞与振込",
        _ => type.ToString(),
    };

    public override string AdminOperationName(AdminOperation operation) => operation switch
    {
        AdminOperation.USER_ADD => "利用者登録",
        AdminOperation.USER_CHANGE => "利用者変更",
        AdminOperation.USER_DELETE => "利用者削除",
        AdminOperation.TOKEN_REVOKE => "トークン失効",
        _ => operation.ToString(),
    };

    public override string? AccountTypeName(string subject) => subject switch
    {
        "1" => "普通",
        "2" => "当座",
        "4" => "貯蓄",
        "9" => "その他",
        _ => null,
    };

    public override string FormatAmount(long amount) => $"{TxaDisplay.FormatAmount(amount, separators: true)}円";

    public override string FormatCount(long count) => $"{TxaDisplay.FormatAmount(count, separators: true)}件";

    public override string FormatDate(DateOnly date) => date.ToString("yyyy/MM/dd", CultureInfo.InvariantCulture);

    public override string FormatExpiry(DateTimeOffset japanTime) =>
        japanTime.ToString("yyyy/MM/dd HH:mm:ss", CultureInfo.InvariantCulture) + "(日本時間)";
}
