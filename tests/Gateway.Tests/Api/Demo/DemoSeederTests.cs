using System.Net;
using System.Text.Json;
using Inkan.Gateway.Demo;
using Inkan.Gateway.Tests.Api.Support;
using Inkan.Grains.Contracts;
using Inkan.Grains.Tokens;
using Inkan.Grains.Transactions;
using Inkan.Protocol.Tokens;

namespace Inkan.Gateway.Tests.Api.Demo;

/// <summary>The embedded default's first start: demo contract, users, shared token, API key and the emulator's key store.</summary>
public sealed class DemoSeederTests : IDisposable
{
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("inkan-demo-").FullName;

    private string CredentialsPath => Path.Combine(_dataDirectory, DemoCredentials.FileName);

    public void Dispose() => Directory.Delete(_dataDirectory, recursive: true);

    [Fact]
    public async Task FirstStart_OnEmbeddedSqlite_CreatesTheDemoAndItsCredentialsFile()
    {
        await using var gateway = Gateway();
        _ = gateway.Services;
        var credentials = ReadCredentials();
        using var client = gateway.WithKey(credentials.ApiKey);

        var contract = await (await client.GetAsync($"{ApiBank.BackOffice}/contracts/demo")).ReadAsync<ContractInfo>();
        var shared = await (await client.GetAsync($"{ApiBank.BackOffice}/tokens/{DemoTokens.SharedSerial}")).ReadAsync<TokenInfo>();
        var master = await (await client.GetAsync($"{ApiBank.BackOffice}/tokens/{DemoTokens.MasterSerial}")).ReadAsync<TokenInfo>();
        var spare = await (await client.GetAsync($"{ApiBank.BackOffice}/tokens/{DemoTokens.SpareSerial}")).ReadAsync<TokenInfo>();

        Assert.Equal(["demo.master", "demo.tanaka", "demo.suzuki", "demo.sato"], contract.Users);
        Assert.Equal(contract.Users, credentials.Users.Select(u => u.LoginId));
        Assert.Equal((TokenStatus.Active, "demo"), (shared.Status, shared.ContractId));
        Assert.Equal(["demo.tanaka", "demo.suzuki"], shared.Users);
        Assert.Equal(TokenStatus.Issued, master.Status);
        Assert.Equal((TokenStatus.Issued, "demo"), (spare.Status, spare.ContractId));
        Assert.True(OperatingSystem.IsWindows() || File.GetUnixFileMode(CredentialsPath) == (UnixFileMode.UserRead | UnixFileMode.UserWrite));
    }

    [Fact]
    public async Task FirstStart_EmulatorStoreHoldsTheKeys_AUserConfirmsATransferWithThem()
    {
        await using var gateway = Gateway();
        _ = gateway.Services;
        var credentials = ReadCredentials();
        var tanaka = credentials.Users.Single(u => u.LoginId == "demo.tanaka");
        var bank = new ApiBank(gateway.WithKey(credentials.ApiKey));
        TokenBatch store;
        await using (var file = File.OpenRead(Path.Combine(credentials.EmulatorStore, DemoTokens.StoreFileName)))
        {
            store = TokenBatchJson.Read(file);
        }

        var logon = await bank.Client.PostJsonAsync($"{ApiBank.V1}/contracts/demo/users/demo.tanaka/logon", new { password = tanaka.Password });
        var tx = await bank.TransferAsync("demo", "demo.tanaka");
        var result = await bank.ConfirmAsync(tx.TransactionId, ApiBank.RightCode(store.Tokens.Single(t => t.Serial == DemoTokens.SharedSerial), tx));

        Assert.Equal("emulator-store", store.BatchId);
        Assert.Equal([DemoTokens.SharedSerial, DemoTokens.MasterSerial, DemoTokens.SpareSerial], store.Tokens.Select(t => t.Serial));
        Assert.Contains("\"authenticated\":true", await logon.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(ConfirmOutcome.Authorized, result.Outcome);
    }

    [Fact]
    public async Task FirstStart_LogsWhereTheCredentialsAre_NeverTheSecrets()
    {
        await using var gateway = Gateway();
        _ = gateway.Services;
        var credentials = ReadCredentials();
        var logs = string.Join('\n', gateway.Logs.Messages);

        Assert.Contains(CredentialsPath, logs, StringComparison.Ordinal);
        Assert.Contains(credentials.EmulatorStore, logs, StringComparison.Ordinal);
        Assert.DoesNotContain(credentials.ApiKey.Split('.')[2], logs, StringComparison.Ordinal);
        Assert.DoesNotContain(credentials.CallbackSecret, logs, StringComparison.Ordinal);
        Assert.All(credentials.Users, u => Assert.DoesNotContain(u.Password, logs, StringComparison.Ordinal));
    }

    [Fact]
    public async Task SecondStart_KeepsTheDemoAndItsCredentials()
    {
        await using (var first = Gateway())
        {
            _ = first.Services;
        }

        var written = await File.ReadAllBytesAsync(CredentialsPath);
        await using var second = Gateway();
        _ = second.Services;
        using var client = second.WithKey(ReadCredentials().ApiKey);

        Assert.Equal(written, await File.ReadAllBytesAsync(CredentialsPath));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"{ApiBank.BackOffice}/contracts/demo")).StatusCode);
        Assert.Contains(second.Logs.Messages, m => m.Contains("Demo data present", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DemoDisabled_CreatesNothing()
    {
        await using var gateway = new BankApiFactory { Sqlite = true, DataDirectory = _dataDirectory, Settings = { ["Demo:Enabled"] = "false" } };
        using var client = await gateway.ClientAsync();

        Assert.False(File.Exists(CredentialsPath));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{ApiBank.BackOffice}/contracts/demo")).StatusCode);
    }

    [Fact]
    public async Task SeedingThatFails_IsLogged_AndTheServerStillStarts()
    {
        await using (var before = new BankApiFactory { Sqlite = true, DataDirectory = _dataDirectory })
        {
            var bank = new ApiBank(await before.ClientAsync());
            await bank.CreateContractAsync("other");
            using var batch = new MemoryStream();
            TokenBatchJson.Write(batch, [new TokenRecord(DemoTokens.SharedSerial, new byte[32])], "taken");
            using var content = new ByteArrayContent(batch.ToArray());
            content.Headers.ContentType = new("application/json");
            await bank.Client.PostAsync($"{ApiBank.BackOffice}/token-batches", content);
            await bank.Client.PostJsonAsync($"{ApiBank.BackOffice}/contracts/other/tokens", new { serial = DemoTokens.SharedSerial });
        }

        await using var gateway = Gateway();
        using var client = gateway.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
        Assert.Contains(gateway.Logs.Messages, m => m.StartsWith("Error: The demo data could not be created", StringComparison.Ordinal));
        Assert.False(File.Exists(CredentialsPath));
    }

    private BankApiFactory Gateway() => new() { Sqlite = true, DataDirectory = _dataDirectory, Settings = { ["Demo:Enabled"] = null } };

    private DemoCredentials ReadCredentials() => JsonSerializer.Deserialize<DemoCredentials>(File.ReadAllText(CredentialsPath), DemoJson.Options)!;
}
