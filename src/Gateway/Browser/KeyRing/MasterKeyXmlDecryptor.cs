using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Inkan.Grains.Security;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace Inkan.Gateway.Browser.KeyRing;

/// <summary>
/// Decrypts what <see cref="MasterKeyXmlEncryptor"/> stored. Data Protection creates it by its type name, found in
/// the stored key, with the application's services.
/// </summary>
public sealed class MasterKeyXmlDecryptor(IServiceProvider services) : IXmlDecryptor
{
    /// <inheritdoc />
    public XElement Decrypt(XElement encryptedElement)
    {
        ArgumentNullException.ThrowIfNull(encryptedElement);
        if (encryptedElement.Name != MasterKeyXmlEncryptor.Element)
        {
            throw new CryptographicException($"A stored cookie key is not in the form {MasterKeyXmlEncryptor.Element} this gateway writes.");
        }

        var protector = services.GetRequiredService<TokenKeyProtector>();
        var plain = protector.Unprotect(MasterKeyXmlEncryptor.Binding, Convert.FromBase64String(encryptedElement.Value));
        return XElement.Parse(Encoding.UTF8.GetString(plain));
    }
}
