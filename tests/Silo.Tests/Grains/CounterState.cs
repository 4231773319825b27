namespace Inkan.Silo.Tests.Grains;

/// <summary>State of the test counter grain.</summary>
public sealed class CounterState
{
    public int Value { get; set; }
}
