namespace Inkan.Silo.Tests.Grains;

/// <summary>Implements <see cref="IThrowingGrain"/>: it never gets past its constructor.</summary>
public sealed class ThrowingGrain : Grain, IThrowingGrain
{
    public ThrowingGrain() => throw new InvalidOperationException("the constructor failed");

    public Task<int> GetAsync() => Task.FromResult(0);
}
