namespace Inkan.Silo.Tests.Grains;

/// <summary>A state class deliberately left out of <see cref="SiloTestsJsonContext"/>.</summary>
public sealed class UnregisteredState
{
    public int Value { get; set; }
}
