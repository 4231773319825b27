using Inkan.Grains.Hosting;

namespace Inkan.Grains.Callbacks;

/// <summary>Wakes the callback relay when a transaction with a callback has reached its final status.</summary>
public sealed class CallbackSignal : WakeSignal;
