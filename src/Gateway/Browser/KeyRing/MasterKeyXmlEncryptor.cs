using System.Text;
using System.Xml.Linq;
using Inkan.Grains.Security;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace Inkan.Gateway.Browser.KeyRing;

/// <summary>Encrypts the cookie keys' secrets before they are stored, with AES-256-GCM under the token master key.</summary>
internal sealed class MasterKeyXmlEncryptor(TokenKeyProtector protector) : IXmlEncryptor
{
    /// <summary>What the ciphertext is bound to, so that it decrypts as nothing else (a token key, a callback secret).</summary>
    public const string Binding = "data-protection-key";

    /// <summary>The element that holds the ciphertext.</summary>
    public static readonly XName Element = XName.Get("sealed", "urn:inkan:data-protection");

    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        ArgumentNullException.ThrowIfNull(plaintextElement);
        var plain = Encoding.UTF8.GetBytes(plaintextElement.ToString(SaveOptions.DisableFormatting));
        var encrypted = new XElement(Element, Convert.ToBase64String(protector.Protect(Binding, plain)));
        return new EncryptedXmlInfo(encrypted, typeof(MasterKeyXmlDecryptor));
    }
}
