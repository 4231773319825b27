using Inkan.Silo.Storage;

namespace Inkan.Grains.Tests.Support;

/// <summary>Base of tests that run one in-memory <see cref="DomainSilo"/> per test.</summary>
public abstract class SiloTest : IAsyncLifetime
{
    internal DomainSilo Silo { get; private set; } = null!;

    internal Bank Bank { get; private set; } = null!;

    public virtual async Task InitializeAsync()
    {
        Silo = await DomainSilo.StartAsync(wrapStorage: WrapStorage);
        Bank = new Bank(Silo);
    }

    /// <summary>The storage the silo uses, given the memory storage: that storage unless a test wraps it.</summary>
    protected virtual IGrainStorage WrapStorage(IGrainStorage storage) => storage;

    public async Task DisposeAsync() => await Silo.DisposeAsync();
}
