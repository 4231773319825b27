using Inkan.Protocol.Txa;

namespace Inkan.Protocol.Tests.Txa;

public sealed class TxaCodeTests
{
    [Theory]
    [InlineData(TxaSamples.SpecTransferPayload, TxaSamples.SpecTransferCode)]
    [InlineData(TxaSamples.SpecActivationPayload, TxaSamples.SpecActivationCode)]
    public void Compute_SpecWorkedExample_ReturnsPublishedCode(string payload, string code)
    {
        Assert.Equal(code, TxaCode.Compute(TxaSamples.SpecKey, payload));
    }

    [Fact]
    public void Compute_BuiltActivation_ReproducesSpecExample()
    {
        var payload = TxaPayload.Build(TxaSamples.Activation, "FEDCBA9876543210FEDCBA9876543210");

        Assert.Equal(TxaSamples.SpecActivationPayload, payload);
        Assert.Equal(TxaSamples.SpecActivationCode, TxaCode.Compute(TxaSamples.SpecKey, payload));
    }

    [Theory]
    [InlineData(TxaSamples.SpecTransferPayload, TxaSamples.SpecTransferCode)]
    [InlineData(TxaSamples.SpecActivationPayload, TxaSamples.SpecActivationCode)]
    public void Verify_PublishedCode_ReturnsTrue(string payload, string code)
    {
        Assert.True(TxaCode.Verify(TxaSamples.SpecKey, payload, code));
    }

    [Theory]
    [InlineData("73826837")]
    [InlineData("05884833")]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("7382683")]
    [InlineData("738268360")]
    [InlineData("7382683a")]
    [InlineData(" 7382683")]
    [InlineData("７３８２６８３６")]
    [InlineData("-7382683")]
    public void Verify_WrongOrMalformedCode_ReturnsFalse(string? code)
    {
        Assert.False(TxaCode.Verify(TxaSamples.SpecKey, TxaSamples.SpecTransferPayload, code));
    }

    [Fact]
    public void Verify_OtherKey_ReturnsFalse()
    {
        var otherKey = (byte[])TxaSamples.SpecKey.Clone();
        otherKey[^1] ^= 1;

        Assert.False(TxaCode.Verify(otherKey, TxaSamples.SpecTransferPayload, TxaSamples.SpecTransferCode));
    }

    [Fact]
    public void Compute_AnyCharacterOfPayloadChanged_ChangesCode()
    {
        const string payload = TxaSamples.SpecTransferPayload;
        for (var i = 0; i < payload.Length; i++)
        {
            var altered = payload[..i] + (payload[i] == '0' ? '1' : '0') + payload[(i + 1)..];

            Assert.NotEqual(TxaSamples.SpecTransferCode, TxaCode.Compute(TxaSamples.SpecKey, altered));
        }
    }

    public static TheoryData<string, TransferData> TamperedTransfers() => new()
    {
        { "BankNameKana", TxaSamples.Transfer with { BankNameKana = "ﾄﾏﾃ" } },
        { "Branch", TxaSamples.Transfer with { Branch = "124" } },
        { "Subject", TxaSamples.Transfer with { Subject = "2" } },
        { "Account", TxaSamples.Transfer with { Account = "1234568" } },
        { "PayeeKana", TxaSamples.Transfer with { PayeeKana = "ｶ)ﾔﾏﾀﾞｼｮｳｽ" } },
        { "PayeeKana", TxaSamples.Transfer with { PayeeKana = "ｱｸﾆﾝ" } },
        { "Amount", TxaSamples.Transfer with { Amount = 1_234_568 } },
        { "Amount", TxaSamples.Transfer with { Amount = 12_345_670 } },
    };

    [Theory]
    [MemberData(nameof(TamperedTransfers))]
    public void Compute_TransferFieldRewrittenInTheBrowser_CodeNoLongerMatches(string field, TransferData tampered)
    {
        var genuine = TxaCode.Compute(TxaSamples.SpecKey, TxaPayload.Build(TxaSamples.Transfer, TxaSamples.Nonce));

        var forged = TxaCode.Compute(TxaSamples.SpecKey, TxaPayload.Build(tampered, TxaSamples.Nonce));

        Assert.NotEqual(tampered, TxaSamples.Transfer);
        Assert.False(genuine == forged, $"changing {field} kept the code {genuine}");
    }

    [Fact]
    public void Compute_NewNonce_ChangesCode()
    {
        var first = TxaCode.Compute(TxaSamples.SpecKey, TxaPayload.Build(TxaSamples.Transfer, TxaSamples.Nonce));

        var second = TxaCode.Compute(TxaSamples.SpecKey, TxaPayload.Build(TxaSamples.Transfer, "1123456789ABCDEF0123456789ABCDEF"));

        Assert.NotEqual(first, second);
    }

    [Fact]
    public void Compute_AnyPayload_IsEightDigits()
    {
        var code = TxaCode.Compute(TxaSamples.SpecKey, TxaPayload.Build(TxaSamples.Bulk, TxaSamples.Nonce));

        Assert.Matches("^[0-9]{8}$", code);
    }
}
