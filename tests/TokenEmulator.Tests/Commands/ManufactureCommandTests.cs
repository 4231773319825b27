using Inkan.Protocol.Tokens;
using Inkan.Protocol.Txa;
using Inkan.TokenEmulator.Tests.Support;

namespace Inkan.TokenEmulator.Tests.Commands;

/// <summary><c>manufacture</c> writes import files the bank can read and a key store that <c>scan --token</c> uses.</summary>
public class ManufactureCommandTests
{
    [Fact]
    public async Task Manufacture_ThenImport_BothFilesHoldTheSameNewTokens()
    {
        using var directory = new TempDirectory();

        var serials = (await Emulator.RunAsync("manufacture", "--count", "5", "--out", directory.Path, "--first-serial", "0000012340")).Succeeded();

        Assert.Equal(["0000012340", "0000012341", "0000012342", "0000012343", "0000012344"], serials);
        TokenBatch json, pskc;
        await using (var stream = File.OpenRead(directory.File("batch.json")))
        {
            json = TokenBatchJson.Read(stream);
        }

        await using (var stream = File.OpenRead(directory.File("batch.pskc.xml")))
        {
            pskc = PskcDocument.Read(stream);
        }

        Assert.Equal(serials, json.Tokens.Select(t => t.Serial));
        Assert.Equal(json.Tokens, pskc.Tokens);
        Assert.Equal("emulator-0000012340", json.BatchId);
        Assert.Equal(5, json.Tokens.Select(t => Convert.ToHexString(t.Key)).Distinct().Count());
    }

    [Theory]
    [InlineData("tokens.json")]
    [InlineData("batch.json")]
    [InlineData("batch.pskc.xml")]
    public async Task Manufacture_FilesHoldingKeys_OnlyTheOwnerMayRead(string file)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var directory = new TempDirectory();

        (await Emulator.RunAsync("manufacture", "--count", "1", "--out", directory.Path)).Succeeded();

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(directory.File(file)));
    }

    [Fact]
    public async Task Manufacture_ThenScanWithToken_UsesThatTokensKey()
    {
        using var directory = new TempDirectory();
        var serial = (await Emulator.RunAsync("manufacture", "--count", "2", "--out", directory.Path)).Succeeded()[1];
        TokenBatch batch;
        await using (var stream = File.OpenRead(directory.File("batch.json")))
        {
            batch = TokenBatchJson.Read(stream);
        }

        var payload = Payloads.Build(new ActivationData("yamada.taro", serial));

        var lines = (await Emulator.RunAsync("scan", "--payload", payload, "--token", serial, "--store", directory.Path)).Succeeded();

        Assert.Equal($"トークンシリアル番号: {serial}", lines[3]);
        Assert.Equal(TxaCode.Compute(batch.Tokens.Single(t => t.Serial == serial).Key, payload), lines[^1]);
    }

    [Fact]
    public async Task Scan_DefaultStore_IsTokensUnderTheWorkingDirectory()
    {
        using var work = new TempDirectory();
        await Emulator.RunInAsync(work.Path, "manufacture", "--count", "1", "--out", "tokens", "--first-serial", "0000000777");

        var lines = (await Emulator.RunInAsync(work.Path, "scan", "--payload", Payloads.SpecActivation, "--token", "0000000777")).Succeeded();

        Assert.Equal("利用開始登録 (ACT)", lines[0]);
        Assert.True(File.Exists(Path.Combine(work.Path, "tokens", "tokens.json")));
    }

    [Fact]
    public async Task Manufacture_WithoutFirstSerial_GivesConsecutiveTenDigitSerials()
    {
        using var directory = new TempDirectory();

        var serials = (await Emulator.RunAsync("manufacture", "--count", "3", "--out", directory.Path)).Succeeded();

        Assert.All(serials, s => Assert.Matches("^[0-9]{10}$", s));
        Assert.Equal([long.Parse(serials[0]) + 1, long.Parse(serials[0]) + 2], serials.Skip(1).Select(long.Parse));
    }

    [Fact]
    public async Task Manufacture_IntoADirectoryWithABatch_FailsAndKeepsTheBatch()
    {
        using var directory = new TempDirectory();
        await Emulator.RunAsync("manufacture", "--count", "1", "--out", directory.Path, "--first-serial", "0000000001");
        var before = await File.ReadAllTextAsync(directory.File("batch.json"));

        var error = (await Emulator.RunAsync("manufacture", "--count", "1", "--out", directory.Path, "--first-serial", "0000000002")).Failed();

        Assert.Contains("already exists", error, StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllTextAsync(directory.File("batch.json")));
    }

    [Theory]
    [InlineData("batch.json")]
    [InlineData("batch.pskc.xml")]
    public async Task Manufacture_DirectoryInTheWayOfABatchFile_FailsWithoutAddingToTheStore(string file)
    {
        using var directory = new TempDirectory();
        Directory.CreateDirectory(directory.File(file));

        var error = (await Emulator.RunAsync("manufacture", "--count", "1", "--out", directory.Path, "--first-serial", "0000000400")).Failed();

        Assert.Contains("already exists", error, StringComparison.Ordinal);
        Assert.False(File.Exists(directory.File("tokens.json")));
    }

    [Fact]
    public async Task Manufacture_AfterTheBatchFilesLeft_AddsToTheSameStoreButNotTwiceTheSameSerial()
    {
        using var directory = new TempDirectory();
        await Emulator.RunAsync("manufacture", "--count", "1", "--out", directory.Path, "--first-serial", "0000000200");
        File.Delete(directory.File("batch.json"));
        File.Delete(directory.File("batch.pskc.xml"));

        (await Emulator.RunAsync("manufacture", "--count", "1", "--out", directory.Path, "--first-serial", "0000000300")).Succeeded();
        File.Delete(directory.File("batch.json"));
        File.Delete(directory.File("batch.pskc.xml"));
        var clash = (await Emulator.RunAsync("manufacture", "--count", "2", "--out", directory.Path, "--first-serial", "0000000299")).Failed();

        foreach (var serial in new[] { "0000000200", "0000000300" })
        {
            (await Emulator.RunAsync("scan", "--payload", Payloads.SpecActivation, "--token", serial, "--store", directory.Path)).Succeeded();
        }

        Assert.Contains("token 0000000300 is already in the key store", clash, StringComparison.Ordinal);
        Assert.False(File.Exists(directory.File("batch.json")));
    }
}
