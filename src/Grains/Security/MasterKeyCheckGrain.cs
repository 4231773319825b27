using System.Security.Cryptography;
using System.Text;
using Inkan.Silo;

namespace Inkan.Grains.Security;

/// <summary>Implements <see cref="IMasterKeyCheckGrain"/> with the node's <see cref="TokenKeyProtector"/>; one write ever.</summary>
[GrainType("masterkeycheck")]
public sealed class MasterKeyCheckGrain([PersistentState("masterkeycheck")] IPersistentState<MasterKeyCheckState> state, TokenKeyProtector protector) : Grain, IMasterKeyCheckGrain
{
    /// <summary>The grain's key: one check per database.</summary>
    public const string Key = "master-key";

    private const string Binding = "master-key-check";

    private static readonly byte[] Known = Encoding.ASCII.GetBytes("Inkan master key check");

    /// <inheritdoc />
    public async Task<bool> VerifyAsync()
    {
        // Another node may have sealed it since this copy was read.
        await state.EnsureCurrentAsync();
        if (state.State.Sealed is not { } sealedText)
        {
            state.State.Sealed = protector.Protect(Binding, Known);
            await state.WriteStateAsync();
            return true;
        }

        try
        {
            return protector.Unprotect(Binding, sealedText).AsSpan().SequenceEqual(Known);
        }
        catch (CryptographicException)
        {
            return false;
        }
    }
}
