using System.Collections.Concurrent;
using Inkan.Silo.Diagnostics;
using Inkan.Silo.Storage;
using Inkan.Silo.Storage.Memory;
using Microsoft.Extensions.Logging.Abstractions;

namespace Inkan.Silo.Tests.Storage;

/// <summary>The storage contract on <see cref="MemoryGrainStorage"/>; a database is a <see cref="MemoryStateStore"/>.</summary>
public sealed class MemoryGrainStorageTests : SharedDatabaseContractTests
{
    private readonly ConcurrentDictionary<string, MemoryStateStore> _stores = new();

    protected override Task<string> NewDatabaseAsync()
    {
        var name = Guid.NewGuid().ToString("N");
        _stores[name] = new MemoryStateStore();
        return Task.FromResult(name);
    }

    protected override BatchingGrainStorage Create(string database, SiloMetrics metrics)
        => new MemoryGrainStorage(NullLogger<MemoryGrainStorage>.Instance, metrics, _stores[database]);
}
