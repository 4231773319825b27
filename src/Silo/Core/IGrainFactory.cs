namespace Inkan.Silo;

/// <summary>
/// Hands out references to grains. A reference is cheap and activates nothing: the grain is
/// activated on the first call made through it.
/// </summary>
public interface IGrainFactory
{
    /// <summary>Returns a reference to the grain of interface <typeparamref name="TGrain"/> with key <paramref name="key"/>.</summary>
    TGrain GetGrain<TGrain>(string key) where TGrain : IGrainWithStringKey;
}
