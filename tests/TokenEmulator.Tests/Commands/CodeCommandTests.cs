using Inkan.TokenEmulator.Tests.Support;

namespace Inkan.TokenEmulator.Tests.Commands;

/// <summary><c>code</c> against SPEC section 7's worked examples.</summary>
public class CodeCommandTests
{
    [Theory]
    [InlineData(Payloads.SpecTransfer, "73826836")]
    [InlineData(Payloads.SpecActivation, "05884833")]
    public async Task Code_SpecWorkedExamples_PrintsTheSpecCodeAlone(string payload, string expected)
    {
        var lines = (await Emulator.RunAsync("code", "--key", Payloads.SpecKeyHex, "--payload", payload)).Succeeded();

        Assert.Equal([expected], lines);
    }

    [Fact]
    public async Task Code_OneCharacterChanged_GivesAnotherCode()
    {
        var changed = Payloads.SpecTransfer.Replace("1234567", "1234568", StringComparison.Ordinal);

        var lines = (await Emulator.RunAsync("code", "--key", Payloads.SpecKeyHex, "--payload", changed)).Succeeded();

        Assert.Matches("^[0-9]{8}$", Assert.Single(lines));
        Assert.NotEqual("73826836", lines[0]);
        Assert.Equal(Payloads.CodeOf(changed), lines[0]);
    }
}
