namespace Inkan.Protocol.Txa;

/// <summary>
/// TRF: an individual transfer. Branch is 3 digits, Subject 1 digit, Account 7 digits; the kana fields are
/// cut to 10 characters when the payload is built; Amount is 1 to 9,999,999,999,999 yen.
/// </summary>
public sealed record TransferData(
    string BankNameKana, string Branch, string Subject, string Account, string PayeeKana, long Amount) : TxaData
{
    /// <inheritdoc/>
    public override TxaKind Kind => TxaKind.TRF;
}
