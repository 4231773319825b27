using System.Text;
using System.Xml;
using System.Xml.Linq;
using Inkan.Protocol.Tokens.Pskc;
using Inkan.Protocol.Txa;

namespace Inkan.Protocol.Tokens;

/// <summary>
/// The token batch as an RFC 6030 Portable Symmetric Key Container with plain (unencrypted) keys:
/// one <c>KeyPackage</c> per token, serial in <c>DeviceInfo/SerialNo</c>, OCRA suite in
/// <c>Key/AlgorithmParameters/Suite</c>, secret in <c>Data/Secret/PlainValue</c> (base64).
/// </summary>
public static class PskcDocument
{
    /// <summary>The <c>Manufacturer</c> and <c>Issuer</c> written when the caller names none.</summary>
    public const string DefaultManufacturer = "Inkan";

    /// <summary>Writes <paramref name="tokens"/> as container <paramref name="batchId"/>; leaves <paramref name="stream"/> open.</summary>
    public static void Write(Stream stream, IEnumerable<TokenRecord> tokens, string batchId, string manufacturer = DefaultManufacturer)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentException.ThrowIfNullOrWhiteSpace(manufacturer);
        var list = TokenBatchWriting.Check(tokens, batchId);
        var container = new XElement(
            PskcNames.KeyContainer,
            new XAttribute("Version", "1.0"),
            new XAttribute("Id", batchId),
            list.Select(t => Package(t, manufacturer)));
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, CloseOutput = false };
        using var writer = XmlWriter.Create(stream, settings);
        new XDocument(new XDeclaration("1.0", "UTF-8", null), container).Save(writer);
    }

    /// <summary>
    /// Reads a PSKC document; throws <see cref="TokenBatchFormatException"/> naming every unusable
    /// <c>KeyPackage</c> (wrong algorithm or suite, wrong key length, encrypted key, bad serial).
    /// </summary>
    public static TokenBatch Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var root = PskcReading.Load(stream);
        var collector = new TokenRecordCollector();
        var packages = root.Elements(PskcNames.KeyPackage).ToList();
        for (var i = 0; i < packages.Count; i++)
        {
            PskcReading.ReadPackage(packages[i], i + 1, collector);
        }

        var id = (string?)root.Attribute("Id");
        var batchId = TokenBatchId.IsValid(id) ? id : "pskc";
        return new TokenBatch(batchId, collector.Finish(PskcReading.FileKind));
    }

    private static XElement Package(TokenRecord token, string manufacturer) =>
        new(
            PskcNames.KeyPackage,
            new XElement(
                PskcNames.DeviceInfo,
                new XElement(PskcNames.Manufacturer, manufacturer),
                new XElement(PskcNames.SerialNo, token.Serial)),
            new XElement(
                PskcNames.Key,
                new XAttribute("Id", token.Serial),
                new XAttribute("Algorithm", PskcNames.OcraAlgorithm),
                new XElement(PskcNames.Issuer, manufacturer),
                new XElement(
                    PskcNames.AlgorithmParameters,
                    new XElement(PskcNames.Suite, TxaCode.SuiteText),
                    new XElement(
                        PskcNames.ResponseFormat,
                        new XAttribute("Length", TxaCode.Length),
                        new XAttribute("Encoding", "DECIMAL"))),
                new XElement(
                    PskcNames.Data,
                    new XElement(PskcNames.Secret, new XElement(PskcNames.PlainValue, Convert.ToBase64String(token.Key))))));
}
