using Inkan.Silo;

namespace Inkan.Grains.Security;

/// <summary>
/// Whether this node's master key is the one the database was written with: the first node seals a known text under
/// its key, every later start must open it. A node with another key could not read the token keys, callback secrets
/// and cookie keys the others stored, and would write ones they cannot read.
/// </summary>
public interface IMasterKeyCheckGrain : IGrainWithStringKey
{
    /// <summary>True when this node's key opens the stored seal, or sealed it now as the first; false otherwise.</summary>
    Task<bool> VerifyAsync();
}
