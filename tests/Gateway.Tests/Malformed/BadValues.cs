using System.Text.Json.Nodes;

namespace Inkan.Gateway.Tests.Malformed;

/// <summary>Values certainly invalid for each <see cref="FieldKind"/>: wrong JSON types, wrong shapes, out-of-range numbers, huge strings.</summary>
public static class BadValues
{
    public static readonly string Huge = new('ｱ', 100_000);

    private static readonly Func<JsonNode?>[] NotAString = [() => 12, () => -1.5, () => true, () => new JsonArray(), () => new JsonObject(), () => null];
    private static readonly Func<JsonNode?>[] NotANumber = [() => "abc", () => true, () => new JsonArray(), () => new JsonObject(), () => null, () => 1.5, () => JsonNode.Parse("1e30")];
    private static readonly Func<JsonNode?>[] NotAnArray = [() => "x", () => 1, () => new JsonObject(), () => null, () => new JsonArray((JsonNode?)null)];

    /// <summary>The bad values of <paramref name="kind"/>.</summary>
    public static IReadOnlyList<Func<JsonNode?>> For(FieldKind kind) => kind switch
    {
        FieldKind.Amount => [.. NotANumber, () => 0, () => -1, () => 10_000_000_000_000L, () => long.MinValue],
        FieldKind.Count => [.. NotANumber, () => -1],
        FieldKind.Bool => [() => "yes", () => 1, () => new JsonArray(), () => new JsonObject(), () => null],
        FieldKind.Permissions => [.. NotAnArray, () => new JsonArray("Root"), () => new JsonArray("inquiry"), () => new JsonArray(""), () => new JsonArray(Huge)],
        FieldKind.Scopes => [.. NotAnArray, () => new JsonArray("root"), () => new JsonArray(""), () => new JsonArray()],
        FieldKind.Items => [.. NotAnArray, () => new JsonArray(), () => new JsonArray(Enumerable.Range(0, 10).Select(_ => (JsonNode?)new JsonObject { ["agencyNumber"] = "12345", ["agencyNameKana"] = "ｺｸｾﾞｲ", ["customerNumber"] = "1", ["amount"] = 1 }).ToArray())],
        FieldKind.RequiredObject => [() => "x", () => 1, () => new JsonArray(), () => null],
        _ => [.. NotAString, .. Strings(kind).Select(s => (Func<JsonNode?>)(() => s))],
    };

    /// <summary>Bad strings for a string kind; also used as bad path segments and query values.</summary>
    public static IReadOnlyList<string> Strings(FieldKind kind) => kind switch
    {
        FieldKind.ContractId => ["", "a b", "ｱｲｳ", "../x", new string('a', 33), "C1;DROP TABLE", "a\u0000b", Huge],
        FieldKind.LoginId => ["abc", "", "a b c d", new string('a', 33), "ﾀﾅｶﾀﾛｳ", "taro/../x", Huge],
        // Kana of 11 to 15 characters is valid: the server truncates it for the token's display (SPEC section 3); past
        // the Zengin name fields' 15 and 30 characters it is refused.
        FieldKind.Kana => ["漢字", "トマト", "ﾄﾏﾄ|X", "😀", "", "abc", "ﾄﾏﾄ\u0000", new string('a', 100_000), new string('ｱ', 31), Huge],
        FieldKind.Digits1 => ["12", "a", "", "１", "-"],
        FieldKind.Digits3 => ["12", "1234", "abc", "１２３", "", "-12"],
        FieldKind.Digits5 => ["1234", "123456", "abcde", "１２３４５", ""],
        FieldKind.Digits7 => ["123456", "12345678", "abcdefg", "１２３４５６７", ""],
        FieldKind.Digits8 => ["1234567", "123456789", "abcdefgh", "１２３４５６７８", "", " 12345678", "1234 678", Huge],
        FieldKind.TransactionKind => ["trf", "XYZ", "", "TRF|FEE", "ACT1", Huge],
        FieldKind.EnumName => ["", "nope", "sogo", "user_change", Huge],
        FieldKind.Date => ["2026-13-01", "2026-02-30", "tomorrow", "", "2026/12/01", Huge],
        FieldKind.Serial => ["123", "12345678901", "abcdefghij", "", "１２３４５６７８９０", "00000000-1", Huge],
        FieldKind.Secret => ["", new string('x', 129), "pa\u0000ss", "\n", Huge],
        FieldKind.Text => ["", "   ", new string('x', 201), "a\u0007b", Huge],
        FieldKind.Url => ["not a url", "ftp://bank.example/x", "javascript:alert(1)", "https://user:pw@bank.example/", "/relative", Huge],
        FieldKind.HexKey => [new string('z', 64), new string('a', 62), "", "0x" + new string('a', 62), Huge],
        FieldKind.BatchId => ["", "1abc", "a b", new string('a', 65), Huge],
        FieldKind.TransactionId => ["abc", new string('a', 31), new string('a', 33), new string('A', 32), new string('g', 32), Huge],
        FieldKind.KeyId => ["abc", new string('a', 15), new string('A', 16), new string('g', 16), Huge],
        FieldKind.FreeString => [],
        _ => ["", Huge],
    };
}
