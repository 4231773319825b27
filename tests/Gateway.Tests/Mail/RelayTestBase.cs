using Inkan.Grains.Mail;
using Inkan.Silo.Storage.Memory;

namespace Inkan.Gateway.Tests.Mail;

/// <summary>Relay tests over a shared memory store and a watched manual clock, with helpers that wait until the relay is idle.</summary>
public abstract class RelayTestBase
{
    protected static readonly TimeSpan Poll = RelayHost.PollInterval;
    protected MemoryStateStore Store { get; } = new();
    protected TimerWatch Time { get; } = new();

    /// <summary>Starts a node and waits until its relay has looked at the outbox and is idle.</summary>
    protected async Task<RelayHost> StartIdleAsync(ScriptedTransport transport, string node = "node-a")
    {
        var idle = Time.Armed(Poll) + 1;
        var host = await RelayHost.StartAsync(Store, Time, transport, node: node);
        await Time.WaitForPendingAsync(Poll, armedAtLeast: idle);
        return host;
    }

    /// <summary>Runs <paramref name="action"/> on an idle relay and waits until the relay is idle again after handling it.</summary>
    protected async Task<T> SettleAsync<T>(Func<Task<T>> action)
    {
        var idle = Time.Armed(Poll) + 1;
        var result = await action();
        await Time.WaitForPendingAsync(Poll, armedAtLeast: idle);
        return result;
    }
}
