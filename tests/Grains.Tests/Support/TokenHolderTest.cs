using Inkan.Protocol.Tokens;

namespace Inkan.Grains.Tests.Support;

/// <summary>Base of tests that start from contract C1 whose master user has registered <see cref="Token"/>.</summary>
public abstract class TokenHolderTest : SiloTest
{
    internal TokenRecord Token { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Token = await Bank.ContractWithTokenAsync("C1");
    }
}
