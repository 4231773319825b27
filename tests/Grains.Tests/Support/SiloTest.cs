namespace Inkan.Grains.Tests.Support;

/// <summary>Base of tests that run one in-memory <see cref="DomainSilo"/> per test.</summary>
public abstract class SiloTest : IAsyncLifetime
{
    internal DomainSilo Silo { get; private set; } = null!;

    internal Bank Bank { get; private set; } = null!;

    public virtual async Task InitializeAsync()
    {
        Silo = await DomainSilo.StartAsync();
        Bank = new Bank(Silo);
    }

    public async Task DisposeAsync() => await Silo.DisposeAsync();
}
