using System.Xml.Linq;
using Inkan.Grains.KeyRing;
using Inkan.Silo;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace Inkan.Gateway.Browser.KeyRing;

/// <summary>
/// Data Protection's key store in grain storage (<see cref="IKeyRingGrain"/>): nodes on one database protect and read
/// each other's cookies, and a node's data directory holds no key. Data Protection calls it synchronously, rarely
/// (at start, when a key is due, about once a day), never inside a grain's turn.
/// </summary>
internal sealed class GrainXmlRepository(IGrainFactory grains) : IXmlRepository
{
    /// <summary>The ring's grain key.</summary>
    public const string RingName = "browser-cookies";

    private IKeyRingGrain Ring => grains.GetGrain<IKeyRingGrain>(RingName);

    public IReadOnlyCollection<XElement> GetAllElements()
        => [.. Ring.GetElementsAsync().GetAwaiter().GetResult().Select(e => XElement.Parse(e.Xml))];

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        var stored = new KeyRingElement(friendlyName, element.ToString(SaveOptions.DisableFormatting));
        try
        {
            Ring.AddAsync(stored).GetAwaiter().GetResult();
        }
        catch (InconsistentStateException)
        {
            // Another node added its key at the same moment; the failed write stored nothing, and the ring keeps both.
            Ring.AddAsync(stored).GetAwaiter().GetResult();
        }
    }
}
