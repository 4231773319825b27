namespace Inkan.Gateway.Tests.Api.Support;

/// <summary>
/// Two gateways over one shared store, as two nodes over one database, each driven by a bank client of its own:
/// each node keeps its own activations, so what one node changes the other holds an older copy of.
/// </summary>
public sealed class TwoGateways : IAsyncLifetime
{
    private readonly BankApiFactory _nodeA = new() { StoreShared = true };
    private BankApiFactory _nodeB = null!;

    /// <summary>The bank's client of the first node.</summary>
    public ApiBank A { get; private set; } = null!;

    /// <summary>The bank's client of the second node.</summary>
    public ApiBank B { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _nodeB = new BankApiFactory { Store = _nodeA.Store, StoreShared = true };
        A = new ApiBank(await _nodeA.ClientAsync());
        B = new ApiBank(await _nodeB.ClientAsync());
    }

    public async Task DisposeAsync()
    {
        A.Client.Dispose();
        B.Client.Dispose();
        await _nodeB.DisposeAsync();
        await _nodeA.DisposeAsync();
    }
}
