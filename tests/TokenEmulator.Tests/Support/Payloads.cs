using Inkan.Protocol.Txa;

namespace Inkan.TokenEmulator.Tests.Support;

/// <summary>The SPEC's worked-example key and payloads built with the server's own builder, one per display case.</summary>
internal static class Payloads
{
    public const string SpecKeyHex = "3132333435363738393031323334353637383930313233343536373839303132";
    public const string Nonce = "0123456789ABCDEF0123456789ABCDEF";
    public const string SpecTransfer = "TXA1|TRF|0123456789ABCDEF0123456789ABCDEF|ﾄﾏﾄ|123-1-1234567|ｶ)ﾔﾏﾀﾞｼｮｳｼﾞ|1234567";
    public const string SpecActivation = "TXA1|ACT|FEDCBA9876543210FEDCBA9876543210|yamada.taro|0000000001";

    public static byte[] SpecKey => Convert.FromHexString(SpecKeyHex);

    public static string Build(TxaData data) => TxaPayload.Build(data, Nonce);

    public static string CodeOf(string payload) => TxaCode.Compute(SpecKey, payload);
}
