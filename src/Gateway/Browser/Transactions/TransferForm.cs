using Inkan.Protocol.Txa;

namespace Inkan.Gateway.Browser.Transactions;

/// <summary>The individual transfer form: payee bank and account, payee name in kana, amount in yen.</summary>
public sealed record TransferForm(string? BankNameKana, string? Branch, string? Subject, string? Account, string? PayeeKana, long Amount)
{
    /// <summary>The TRF data; the payload builder checks every field and names a bad one.</summary>
    public TransferData ToData() => new(BankNameKana ?? "", Branch ?? "", Subject ?? "", Account ?? "", PayeeKana ?? "", Amount);
}
