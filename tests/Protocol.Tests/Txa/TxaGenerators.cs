using FsCheck;
using FsCheck.Fluent;
using Inkan.Protocol.Txa;

namespace Inkan.Protocol.Tests.Txa;

/// <summary>FsCheck generators of valid TXA1 data of every kind, with kana longer than 10 characters now and then.</summary>
internal static class TxaGenerators
{
    private static readonly char[] KanaChars =
        [.. Enumerable.Range(0xFF66, 0xFF9F - 0xFF66 + 1).Select(c => (char)c), .. "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ().-/"];

    private static readonly char[] LoginChars = [.. "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-"];

    public static Gen<string> Nonce { get; } = Text("0123456789ABCDEF".ToCharArray(), 32, 32);

    public static Gen<TxaData> Data { get; } = Gen.OneOf(
        Gen.Zip(LoginId(), Digits(10, 10), (login, serial) => (TxaData)new ActivationData(login, serial)),
        Transfer(),
        Gen.Choose(1, 9).SelectMany(n => Gen.ArrayOf(FeeItem(), n)).Select(items => (TxaData)new FeePaymentData(items)),
        Bulk(),
        Gen.Zip(Gen.Elements(Enum.GetValues<AdminOperation>()), LoginId(), (op, login) => (TxaData)new AdminData(op, login)));

    private static Gen<TxaData> Transfer() =>
        from bank in Kana()
        from branch in Digits(3, 3)
        from subject in Digits(1, 1)
        from account in Digits(7, 7)
        from payee in Kana()
        from amount in Amount()
        select (TxaData)new TransferData(bank, branch, subject, account, payee, amount);

    private static Gen<FeeItem> FeeItem() =>
        from agency in Digits(5, 5)
        from name in Kana()
        from customer in Digits(1, 20)
        from amount in Amount()
        select new FeeItem(agency, name, customer, amount);

    private static Gen<TxaData> Bulk() =>
        from type in Gen.Elements(Enum.GetValues<BulkTransferType>())
        from day in Gen.Choose(DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber)
        from count in Amount()
        from total in Amount()
        select (TxaData)new BulkApprovalData(type, DateOnly.FromDayNumber(day), count, total);

    /// <summary>1 to 9,999,999,999,999, from two parts since FsCheck chooses only ints.</summary>
    private static Gen<long> Amount() =>
        Gen.Zip(Gen.Choose(0, 999_999), Gen.Choose(0, 9_999_999), (high, low) => Math.Max(1, (high * 10_000_000L) + low));

    private static Gen<string> Kana() =>
        Text(KanaChars, 1, 14).Where(s => s[0] != ' ' && s[^1] != ' ');

    private static Gen<string> LoginId() => Text(LoginChars, 4, 32);

    private static Gen<string> Digits(int min, int max) => Text("0123456789".ToCharArray(), min, max);

    private static Gen<string> Text(char[] alphabet, int min, int max) =>
        Gen.Choose(min, max).SelectMany(n => Gen.ArrayOf(Gen.Elements(alphabet), n)).Select(chars => new string(chars));
}
