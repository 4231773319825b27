namespace Inkan.Protocol.Tests.Tokens;

/// <summary>PSKC documents from RFC 6030 and hand-made variants for the reader tests.</summary>
internal static class PskcSamples
{
    /// <summary>RFC 6030 Figure 3: a plain HOTP key with a 20-byte secret and supplementary data.</summary>
    public const string Rfc6030Figure3 = """
        <?xml version="1.0" encoding="UTF-8"?>
        <KeyContainer Version="1.0"
            Id="exampleID1"
            xmlns="urn:ietf:params:xml:ns:keyprov:pskc">
            <KeyPackage>
                <DeviceInfo>
                    <Manufacturer>Manufacturer</Manufacturer>
                    <SerialNo>987654321</SerialNo>
                    <UserId>DC=example-bank,DC=net</UserId>
                </DeviceInfo>
                <CryptoModuleInfo>
                    <Id>CM_ID_001</Id>
                </CryptoModuleInfo>
                <Key Id="12345678"
                    Algorithm="urn:ietf:params:xml:ns:keyprov:pskc:hotp">
                    <Issuer>Issuer</Issuer>
                    <AlgorithmParameters>
                        <ResponseFormat Length="8" Encoding="DECIMAL"/>
                    </AlgorithmParameters>
                    <Data>
                        <Secret>
                            <PlainValue>MTIzNDU2Nzg5MDEyMzQ1Njc4OTA=
                            </PlainValue>
                        </Secret>
                        <Counter>
                            <PlainValue>0</PlainValue>
                        </Counter>
                    </Data>
                    <UserId>UID=jsmith,DC=example-bank,DC=net</UserId>
                </Key>
            </KeyPackage>
        </KeyContainer>
        """;

    /// <summary>RFC 6030 Figure 6 (abridged to its structure): keys encrypted with a pre-shared AES key.</summary>
    public const string Rfc6030Figure6 = """
        <?xml version="1.0" encoding="UTF-8"?>
        <KeyContainer Version="1.0"
            xmlns="urn:ietf:params:xml:ns:keyprov:pskc"
            xmlns:ds="http://www.w3.org/2000/09/xmldsig#"
            xmlns:xenc="http://www.w3.org/2001/04/xmlenc#">
            <EncryptionKey>
                <ds:KeyName>Pre-shared-key</ds:KeyName>
            </EncryptionKey>
            <KeyPackage>
                <DeviceInfo>
                    <Manufacturer>Manufacturer</Manufacturer>
                    <SerialNo>987654321</SerialNo>
                </DeviceInfo>
                <Key Id="12345678" Algorithm="urn:ietf:params:xml:ns:keyprov:pskc:hotp">
                    <Data>
                        <Secret>
                            <EncryptedValue>
                                <xenc:EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#aes128-cbc"/>
                                <xenc:CipherData>
                                    <xenc:CipherValue>AAECAwQFBgcICQoLDA0OD+cIHItlB3Wra1DUpxVvOx2lef1VmNPCMl8jwZqIUqGv</xenc:CipherValue>
                                </xenc:CipherData>
                            </EncryptedValue>
                        </Secret>
                    </Data>
                </Key>
            </KeyPackage>
        </KeyContainer>
        """;

    /// <summary>One Inkan-shaped KeyPackage with the given pieces, inside a container.</summary>
    public static string Container(params string[] packages) =>
        $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <KeyContainer Version="1.0" Id="b1" xmlns="urn:ietf:params:xml:ns:keyprov:pskc">
        {string.Join("\n", packages)}
        </KeyContainer>
        """;

    public static string Package(
        string serial,
        string secret,
        string algorithm = "urn:ietf:params:xml:ns:keyprov:pskc#OCRA-1",
        string suite = "OCRA-1:HOTP-SHA256-8:QH64") =>
        $"""
        <KeyPackage>
          <DeviceInfo><Manufacturer>Acme</Manufacturer><SerialNo>{serial}</SerialNo></DeviceInfo>
          <Key Id="k{serial}" Algorithm="{algorithm}">
            <AlgorithmParameters><Suite>{suite}</Suite><ResponseFormat Length="8" Encoding="DECIMAL"/></AlgorithmParameters>
            <Data><Secret>{secret}</Secret></Data>
          </Key>
        </KeyPackage>
        """;

    public static string Plain(byte[] key) => $"<PlainValue>\n  {Convert.ToBase64String(key)}\n  </PlainValue>";
}
