using System.Text;
using Inkan.Grains.Contracts;
using Inkan.Grains.Tests.Support;
using Inkan.Grains.Tokens;
using Inkan.Grains.Transactions;
using Inkan.Protocol.Tokens;

namespace Inkan.Grains.Tests.Tokens;

public sealed class TokenInventoryTests : SiloTest
{
    // The key of SPEC section 7's worked examples, as the PSKC fixture's first token carries it.
    private static readonly byte[] SpecKey = Encoding.ASCII.GetBytes("12345678901234567890123456789012");

    private static FileStream Fixture(string name) => File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));

    private static MemoryStream Json(string batchId, params TokenRecord[] tokens)
    {
        var stream = new MemoryStream();
        TokenBatchJson.Write(stream, tokens, batchId);
        stream.Position = 0;
        return stream;
    }

    [Fact]
    public async Task ImportPskcAsync_Rfc6030File_StocksTokensThatVerifySpecExample()
    {
        await using var file = Fixture("tokens.pskc.xml");

        var report = await Silo.Inventory.ImportPskcAsync(file);

        Assert.Equal("Batch_2030_06", report.BatchId);
        Assert.Equal(["0000000101", "0000000102"], report.Imported);
        Assert.Equal(TokenStatus.InStock, (await Bank.Token("0000000102").GetInfoAsync()).Status);
        await Bank.CreateContractAsync("C1", "yamada.taro");
        await Bank.Contract("C1").IssueTokenAsync(new TokenIssue("0000000101"));
        var check = new TokenCheck("C1", "yamada.taro", TransactionIds.New(Silo.Clock), "TXA1|ACT|FEDCBA9876543210FEDCBA9876543210|yamada.taro|0000000001", "05884833", Activation: true);
        Assert.Equal(TokenCheckOutcome.Accepted, (await Bank.Token("0000000101").CheckAsync(check)).Outcome);
    }

    [Fact]
    public async Task ImportPskcAsync_ThenActivation_WorksWithTheFilesKey()
    {
        await using (var file = Fixture("tokens.pskc.xml"))
        {
            await Silo.Inventory.ImportPskcAsync(file);
        }

        await Bank.CreateContractAsync("C1");
        await Bank.Contract("C1").IssueTokenAsync(new TokenIssue("0000000101"));

        await Bank.ActivateAsync("C1", "master", new TokenRecord("0000000101", SpecKey));
        Assert.Equal(["master"], (await Bank.Token("0000000101").GetInfoAsync()).Users);
    }

    [Fact]
    public async Task ImportJsonAsync_SerialAgain_ReportedAndStoredKeyKept()
    {
        var original = new TokenRecord("0000000201", SpecKey);
        var impostor = new TokenRecord("0000000201", new byte[32]);
        await Silo.Inventory.ImportJsonAsync(Json("first", original, new TokenRecord("0000000202", new byte[32])));

        var again = await Silo.Inventory.ImportJsonAsync(Json("second", impostor));

        Assert.Empty(again.Imported);
        Assert.Equal(["0000000201"], again.AlreadyPresent);
        await Bank.CreateContractAsync("C1");
        await Bank.Contract("C1").IssueTokenAsync(new TokenIssue("0000000201"));
        await Bank.ActivateAsync("C1", "master", new TokenRecord("0000000201", SpecKey));
    }

    [Fact]
    public async Task ImportPskcAsync_KeysAtRest_AreEncrypted()
    {
        await using (var file = Fixture("tokens.pskc.xml"))
        {
            await Silo.Inventory.ImportPskcAsync(file);
        }

        var stored = await Silo.Storage.ReadAsync("token.token", "0000000101", CancellationToken.None);
        var text = Encoding.UTF8.GetString(stored.Payload!);

        Assert.Contains("InStock", text, StringComparison.Ordinal);
        Assert.DoesNotContain("12345678901234567890123456789012", text, StringComparison.Ordinal);
        Assert.DoesNotContain(Convert.ToBase64String(SpecKey), text, StringComparison.Ordinal);
        Assert.DoesNotContain(Convert.ToHexString(SpecKey), text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ImportPskcAsync_WrongSuite_RejectsWholeFile()
    {
        var xml = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "tokens.pskc.xml"))
            .Replace("<SerialNo>0000000102</SerialNo>", "<SerialNo>0000000103</SerialNo>", StringComparison.Ordinal);
        var lastSuite = xml.LastIndexOf("OCRA-1:HOTP-SHA256-8:QH64", StringComparison.Ordinal);
        xml = string.Concat(xml.AsSpan(0, lastSuite), "OCRA-1:HOTP-SHA1-6:QN08", xml.AsSpan(lastSuite + "OCRA-1:HOTP-SHA256-8:QH64".Length));
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml));

        var e = await Assert.ThrowsAsync<TokenBatchFormatException>(() => Silo.Inventory.ImportPskcAsync(stream));

        Assert.Contains("0000000103", e.Entry, StringComparison.Ordinal);
        Assert.Equal(TokenStatus.Unknown, (await Bank.Token("0000000101").GetInfoAsync()).Status);
    }
}
