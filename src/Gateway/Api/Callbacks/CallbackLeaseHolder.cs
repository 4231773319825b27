using Inkan.Grains.Callbacks;
using Inkan.Silo;

namespace Inkan.Gateway.Api.Callbacks;

/// <summary>
/// This node's side of the callback relay's lease: renews it at half its duration while held, and asks again at
/// most once per poll interval while another node holds it.
/// </summary>
public sealed class CallbackLeaseHolder(ICallbackRelayGrain relay, CallbackOptions options, TimeProvider time)
{
    private DateTimeOffset _nextCheck;

    /// <summary>Whether this node held the lease at the last check.</summary>
    public bool Holding { get; private set; }

    /// <summary>Whether this node holds the lease now; <paramref name="taken"/> says it has just taken it over.</summary>
    public async Task<(bool Held, bool Taken)> CheckAsync()
    {
        var now = time.GetUtcNow();
        if (now < _nextCheck)
        {
            return (Holding, false);
        }

        bool held;
        try
        {
            held = await relay.HoldLeaseAsync(options.NodeId, now + options.LeaseDuration);
        }
        catch (InconsistentStateException)
        {
            // Another node wrote the relay's state first; the grain has reloaded, and the next check sees who holds it.
            held = false;
        }

        _nextCheck = now + (held ? options.LeaseDuration / 2 : options.PollInterval);
        var taken = held && !Holding;
        Holding = held;
        return (held, taken);
    }
}
