using System.Text;

namespace Inkan.Protocol.Tests.Ocra;

/// <summary>The "standard" keys of RFC 6287 Appendix C and the PIN hash its vectors use.</summary>
internal static class RfcKeys
{
    public static byte[] Key20 { get; } = Encoding.ASCII.GetBytes("12345678901234567890");

    public static byte[] Key32 { get; } = Encoding.ASCII.GetBytes("12345678901234567890123456789012");

    public static byte[] Key64 { get; } = Encoding.ASCII.GetBytes("1234567890123456789012345678901234567890123456789012345678901234");

    /// <summary>SHA-1 of the PIN "1234", as printed in Appendix C.</summary>
    public static byte[] PinSha1 { get; } = Convert.FromHexString("7110eda4d09e062aa5e4a390b0a572ac0d2c0220");

    public static byte[] ForSize(int size) => size switch
    {
        20 => Key20,
        32 => Key32,
        _ => Key64,
    };
}
