using System.Xml;
using System.Xml.Linq;
using Inkan.Protocol.Txa;

namespace Inkan.Protocol.Tokens.Pskc;

/// <summary>Loads a PSKC document safely (no DTDs, no external resources) and checks each KeyPackage for this product.</summary>
internal static class PskcReading
{
    public const string FileKind = "The PSKC file";

    public static XElement Load(Stream stream)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, CloseInput = false };
        XDocument document;
        try
        {
            using var reader = XmlReader.Create(stream, settings);
            document = XDocument.Load(reader);
        }
        catch (XmlException e)
        {
            throw new TokenBatchFormatException($"{FileKind} is not well-formed XML (line {e.LineNumber}, position {e.LinePosition}).", e);
        }

        var root = document.Root!;
        if (root.Name != PskcNames.KeyContainer)
        {
            throw new TokenBatchFormatException(
                $"{FileKind} is not an RFC 6030 container: the root is {root.Name.LocalName} in namespace '{root.Name.NamespaceName}', expected KeyContainer in '{PskcNames.Ns.NamespaceName}'.");
        }

        if ((string?)root.Attribute("Version") != "1.0")
        {
            throw new TokenBatchFormatException($"{FileKind} has KeyContainer Version '{(string?)root.Attribute("Version")}'; only 1.0 (RFC 6030) is supported.");
        }

        return root.Element(PskcNames.EncryptionKey) is null
            ? root
            : throw new TokenBatchFormatException($"{FileKind} uses encrypted keys (EncryptionKey); encrypted PSKC is not supported, export the keys as PlainValue.");
    }

    public static void ReadPackage(XElement package, int number, TokenRecordCollector collector)
    {
        var serial = package.Element(PskcNames.DeviceInfo)?.Element(PskcNames.SerialNo)?.Value.Trim();
        var name = TokenRecordCollector.Name($"KeyPackage {number}", serial);
        var keys = package.Elements(PskcNames.Key).ToList();
        if (serial is null)
        {
            collector.Reject(name, "has no DeviceInfo/SerialNo");
            return;
        }

        if (keys.Count != 1)
        {
            collector.Reject(name, $"has {keys.Count} Key elements; exactly one is needed");
            return;
        }

        byte[]? secret = null;
        var problem = AlgorithmProblem(keys[0]) ?? SecretProblem(keys[0], out secret);
        if (problem is not null)
        {
            collector.Reject(name, problem);
        }
        else
        {
            collector.Accept(name, serial, secret!);
        }
    }

    private static string? AlgorithmProblem(XElement key)
    {
        var algorithm = (string?)key.Attribute("Algorithm");
        if (algorithm is not (PskcNames.OcraAlgorithm or PskcNames.OcraAlgorithmAlias))
        {
            return $"algorithm '{algorithm ?? "(none)"}' is not usable: Inkan tokens need {PskcNames.OcraAlgorithm} with suite {TxaCode.SuiteText}";
        }

        var suite = key.Element(PskcNames.AlgorithmParameters)?.Element(PskcNames.Suite)?.Value.Trim();
        return suite == TxaCode.SuiteText
            ? null
            : $"OCRA suite '{suite ?? "(none)"}' is not usable: Inkan tokens need {TxaCode.SuiteText}";
    }

    private static string? SecretProblem(XElement key, out byte[]? secret)
    {
        secret = null;
        var element = key.Element(PskcNames.Data)?.Element(PskcNames.Secret);
        if (element?.Element(PskcNames.EncryptedValue) is not null)
        {
            return "the secret is encrypted (EncryptedValue); encrypted PSKC is not supported, export the keys as PlainValue";
        }

        var plain = element?.Element(PskcNames.PlainValue);
        if (plain is null)
        {
            return "has no Data/Secret/PlainValue";
        }

        try
        {
            secret = Convert.FromBase64String(plain.Value.Trim());
            return null;
        }
        catch (FormatException)
        {
            return "the secret's PlainValue is not valid base64";
        }
    }
}
