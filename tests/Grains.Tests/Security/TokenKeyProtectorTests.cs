using System.Security.Cryptography;
using Inkan.Grains.Security;

namespace Inkan.Grains.Tests.Security;

public class TokenKeyProtectorTests
{
    private static readonly byte[] TokenKey = RandomNumberGenerator.GetBytes(32);

    private static TokenKeyProtector NewProtector() => new(new ConfiguredMasterKeySource(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))));

    [Fact]
    public void Unprotect_OwnCiphertext_ReturnsKey()
    {
        var protector = NewProtector();

        var stored = protector.Protect("0000000001", TokenKey);

        Assert.Equal(TokenKey, protector.Unprotect("0000000001", stored));
        Assert.Equal(-1, stored.AsSpan().IndexOf(TokenKey));
    }

    [Fact]
    public void Protect_SameKeyTwice_GivesDifferentCiphertexts()
    {
        var protector = NewProtector();

        Assert.NotEqual(protector.Protect("0000000001", TokenKey), protector.Protect("0000000001", TokenKey));
    }

    [Fact]
    public void Unprotect_OtherTokensRecord_Throws()
    {
        var protector = NewProtector();
        var stored = protector.Protect("0000000001", TokenKey);

        var e = Assert.Throws<CryptographicException>(() => protector.Unprotect("0000000002", stored));

        Assert.DoesNotContain(Convert.ToHexString(TokenKey), e.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Unprotect_AlteredByte_Throws()
    {
        var protector = NewProtector();
        var stored = protector.Protect("0000000001", TokenKey);
        stored[^1] ^= 1;

        Assert.Throws<CryptographicException>(() => protector.Unprotect("0000000001", stored));
    }

    [Fact]
    public void Unprotect_OtherMasterKey_Throws()
    {
        var stored = NewProtector().Protect("0000000001", TokenKey);

        Assert.Throws<CryptographicException>(() => NewProtector().Unprotect("0000000001", stored));
    }

    [Fact]
    public void Unprotect_TruncatedRecord_ThrowsCryptographicException()
    {
        Assert.Throws<CryptographicException>(() => NewProtector().Unprotect("0000000001", [1, 2, 3]));
    }
}
