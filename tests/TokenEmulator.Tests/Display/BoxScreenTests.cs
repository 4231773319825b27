using Inkan.Protocol.Txa;
using Inkan.TokenEmulator.Display;
using Inkan.TokenEmulator.Tests.Support;

namespace Inkan.TokenEmulator.Tests.Display;

public class BoxScreenTests
{
    public static TheoryData<string> Screens => new()
    {
        Payloads.SpecTransfer,
        Payloads.SpecActivation,
        Payloads.Build(new FeePaymentData([new FeeItem("12345", "ｺｸｾﾞｲ", "98765432101234567890", 9_999_999_999_999)])),
        Payloads.Build(new BulkApprovalData(BulkTransferType.SHOYO, new DateOnly(2016, 12, 9), 12, 4_800_000)),
        Payloads.Build(new AdminData(AdminOperation.TOKEN_REVOKE, "a-very-long.login_id-of-32-chars")),
    };

    [Theory]
    [MemberData(nameof(Screens))]
    public void Render_AnyScreen_EveryRowIsTheSameWidthAndFramed(string payload)
    {
        var lines = BoxScreen.Render(TokenScreen.Read(payload, Payloads.SpecKey));

        Assert.Single(lines.Select(TerminalWidth.Of).Distinct());
        Assert.StartsWith("╔", lines[0], StringComparison.Ordinal);
        Assert.EndsWith("╝", lines[^1], StringComparison.Ordinal);
        Assert.All(lines.Skip(1).SkipLast(1), l => Assert.Matches("^[║╟].*[║╢]$", l));
    }

    [Fact]
    public void Render_Transfer_ShowsTitleAlignedFieldsAndCode()
    {
        var lines = BoxScreen.Render(TokenScreen.Read(Payloads.SpecTransfer, Payloads.SpecKey));

        Assert.StartsWith("║ 振込振替 ", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("╟─", lines[2], StringComparison.Ordinal);
        Assert.StartsWith("║ 受取人    ｶ)ﾔﾏﾀﾞｼｮｳｼﾞ ", lines[5], StringComparison.Ordinal);
        Assert.StartsWith("║ 認証番号  73826836 ", lines[^2], StringComparison.Ordinal);
    }

    [Fact]
    public void PlainRender_Transfer_TitleFirstCodeLast()
    {
        var lines = PlainScreen.Render(TokenScreen.Read(Payloads.SpecTransfer, Payloads.SpecKey));

        Assert.Equal("振込振替 (TRF)", lines[0]);
        Assert.Equal("73826836", lines[^1]);
        Assert.Equal(6, lines.Count);
    }
}
