using Inkan.Grains.ApiKeys;

namespace Inkan.Gateway.Tests.Api.Support;

/// <summary>Base of API tests that share one gateway per class; each test works in its own contracts.</summary>
public abstract class ApiTest(BankApiFactory factory) : IClassFixture<BankApiFactory>, IAsyncLifetime
{
    private static int _nextContract;

    protected BankApiFactory Factory => factory;

    protected HttpClient Client { get; private set; } = null!;

    protected ApiBank Bank { get; private set; } = null!;

    /// <summary>A contract ID no other test uses.</summary>
    protected static string NewContractId() => "C" + Interlocked.Increment(ref _nextContract).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public virtual async Task InitializeAsync()
    {
        Client = await factory.ClientAsync(ApiScopes.Transactions | ApiScopes.BackOffice);
        Bank = new ApiBank(Client);
    }

    public Task DisposeAsync()
    {
        Client.Dispose();
        return Task.CompletedTask;
    }
}
