using Inkan.Silo;

namespace Inkan.Grains.KeyRing;

/// <summary>Implements <see cref="IKeyRingGrain"/>: one write per key added, every few months.</summary>
[GrainType("keyring")]
public sealed class KeyRingGrain([PersistentState("keyring")] IPersistentState<KeyRingState> state) : Grain, IKeyRingGrain
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<KeyRingElement>> GetElementsAsync()
    {
        // Another node may have added a key since this copy was read: its cookies must read here too.
        await state.EnsureCurrentAsync();
        return [.. state.State.Elements];
    }

    /// <inheritdoc />
    public async Task AddAsync(KeyRingElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        ArgumentException.ThrowIfNullOrEmpty(element.Name, nameof(element));
        ArgumentException.ThrowIfNullOrEmpty(element.Xml, nameof(element));
        await state.EnsureCurrentAsync();
        if (state.State.Elements.Exists(e => e.Name == element.Name))
        {
            return;
        }

        state.State.Elements.Add(element);
        await state.WriteStateAsync();
    }
}
