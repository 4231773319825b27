using System.Xml.Linq;

namespace Inkan.Protocol.Tokens.Pskc;

/// <summary>The XML names and URIs of RFC 6030 that the PSKC reader and writer use.</summary>
internal static class PskcNames
{
    public static readonly XNamespace Ns = "urn:ietf:params:xml:ns:keyprov:pskc";

    /// <summary>
    /// The OCRA algorithm URI. IANA's PSKC registry only holds HOTP and PIN; this URI, with the suite in
    /// <c>AlgorithmParameters/Suite</c>, is the one draft-hoyer-keyprov-pskc-algorithm-profiles-01 section 3 defines.
    /// </summary>
    public const string OcraAlgorithm = "urn:ietf:params:xml:ns:keyprov:pskc#OCRA-1";

    /// <summary>An older spelling some exporters (LinOTP) use for the same profile; accepted on reading.</summary>
    public const string OcraAlgorithmAlias = "urn:ietf:params:xml:ns:keyprov:pskc:ocra";

    public static readonly XName KeyContainer = Ns + "KeyContainer";
    public static readonly XName KeyPackage = Ns + "KeyPackage";
    public static readonly XName DeviceInfo = Ns + "DeviceInfo";
    public static readonly XName Manufacturer = Ns + "Manufacturer";
    public static readonly XName SerialNo = Ns + "SerialNo";
    public static readonly XName Key = Ns + "Key";
    public static readonly XName Issuer = Ns + "Issuer";
    public static readonly XName AlgorithmParameters = Ns + "AlgorithmParameters";
    public static readonly XName Suite = Ns + "Suite";
    public static readonly XName ResponseFormat = Ns + "ResponseFormat";
    public static readonly XName Data = Ns + "Data";
    public static readonly XName Secret = Ns + "Secret";
    public static readonly XName PlainValue = Ns + "PlainValue";
    public static readonly XName EncryptedValue = Ns + "EncryptedValue";
    public static readonly XName EncryptionKey = Ns + "EncryptionKey";
}
