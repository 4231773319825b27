using System.Text;
using Inkan.Silo.Storage;
using Inkan.Silo.Storage.Memory;

namespace Inkan.Silo.Tests.Storage;

/// <summary>What a test reads of a <see cref="MemoryStateStore"/>: a copy of every record that holds state.</summary>
public sealed class MemoryStateStoreTests
{
    [Fact]
    public async Task Records_WrittenAndClearedRecords_CopiesOnlyThoseHoldingState()
    {
        var store = new MemoryStateStore();
        await using (var storage = new MemoryGrainStorage(store: store))
        {
            await storage.InitializeAsync(CancellationToken.None);
            await storage.WriteAsync(new StateWrite("token.token", "0000000001", 0, Encoding.UTF8.GetBytes("{\"status\":1}")));
            await storage.WriteAsync(new StateWrite("apikey.apikey", "0123456789abcdef", 0, Encoding.UTF8.GetBytes("{}")));
            await storage.WriteAsync(new StateWrite("apikey.apikey", "0123456789abcdef", 1, null));
        }

        var records = store.Records();
        records[("token.token", "0000000001")][0] = 0;

        Assert.Equal([("token.token", "0000000001")], records.Keys);
        Assert.Equal("{\"status\":1}", Encoding.UTF8.GetString(store.Records()[("token.token", "0000000001")]));
    }
}
