using Inkan.Silo.Storage;

namespace Inkan.Silo.Tests.Storage;

/// <summary>The contract of text in state types, keys and logs: stored and found again exactly, or refused alone.</summary>
public abstract partial class GrainStorageContractTests
{
    // By name: xUnit carries theory data as UTF-8, which would turn an unpaired surrogate into U+FFFD.
    private static readonly Dictionary<string, string> Unstorable = new()
    {
        ["nul"] = "a\u0000b",
        ["high surrogate alone"] = "a\uD800b",
        ["low surrogate alone"] = "a\uDFFF",
        ["pair reversed"] = "a\uDC00\uD800b",
    };

    [Theory]
    [InlineData("Key", "nul")]
    [InlineData("Key", "high surrogate alone")]
    [InlineData("Key", "pair reversed")]
    [InlineData("StateType", "nul")]
    [InlineData("LogAppends", "low surrogate alone")]
    public async Task WriteAsync_NulOrUnpairedSurrogate_RefusesThatWriteAloneAndCommitsTheRestOfItsBatch(string field, string unstorable)
    {
        var (storage, _) = await OpenAsync();
        var key = KeysOfOnePartition(storage, 1)[0];
        var text = Unstorable[unstorable];
        var refusedWrite = field switch
        {
            "Key" => Write(text, 0, "x"),
            "StateType" => Write(key, 0, "x", stateType: text),
            _ => Write(key + "-logged", 0, "x", logs: new LogAppend(text, "entry")),
        };
        Task<long> refused, alongside;
        using (storage.HoldBatches())
        {
            refused = storage.WriteAsync(refusedWrite);
            alongside = storage.WriteAsync(Write(key, 0, "y"));
        }

        var error = await Assert.ThrowsAsync<ArgumentException>(() => refused);

        Assert.Equal(field, error.ParamName);
        Assert.Same(error, refusedWrite.Sequence.Failure);
        Assert.Equal(1, await alongside);
        Assert.Equal(1, (await ReadAsync(storage, key)).Version);
    }

    [Fact]
    public async Task WriteAsync_KeyWithAValidSurrogatePair_IsReadBackUnderThatKey()
    {
        var (storage, _) = await OpenAsync();

        await storage.WriteAsync(Write("印鑑 \U0001F511", 0, "x"));

        Assert.Equal(1, (await ReadAsync(storage, "印鑑 \U0001F511")).Version);
    }

    [Fact]
    public async Task ReadAsync_KeyWithNulOrUnpairedSurrogate_ThrowsNamingTheKey()
    {
        var (storage, _) = await OpenAsync();

        var nul = await Assert.ThrowsAsync<ArgumentException>(() => ReadAsync(storage, Unstorable["nul"]));
        var surrogate = await Assert.ThrowsAsync<ArgumentException>(() => ReadAsync(storage, Unstorable["high surrogate alone"]));

        Assert.Equal(("key", "key"), (nul.ParamName, surrogate.ParamName));
    }
}
