using Inkan.Silo;

namespace Inkan.Grains.KeyRing;

/// <summary>
/// The key ring that protects the browsers' session and antiforgery cookies (ASP.NET Core Data Protection), in grain
/// storage: every node on one database reads and adds to the same ring. Elements arrive encrypted under the master key.
/// </summary>
public interface IKeyRingGrain : IGrainWithStringKey
{
    /// <summary>Every element of the ring, as stored now.</summary>
    Task<IReadOnlyList<KeyRingElement>> GetElementsAsync();

    /// <summary>Adds <paramref name="element"/>; an element already there under its name is not added twice.</summary>
    Task AddAsync(KeyRingElement element);
}
