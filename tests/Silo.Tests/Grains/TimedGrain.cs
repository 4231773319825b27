using System.Collections.Concurrent;

namespace Inkan.Silo.Tests.Grains;

/// <summary>Implements <see cref="ITimedGrain"/>; the static gates are keyed by grain key, so tests do not share them.</summary>
public sealed class TimedGrain : Grain, ITimedGrain
{
    /// <summary>Keys whose activation registers a one-shot counting timer (due in 1 s) and then waits for the gate.</summary>
    public static readonly ConcurrentDictionary<string, TaskCompletionSource> ActivationGates = new();

    /// <summary>What <see cref="BlockAsync"/> waits for, per key.</summary>
    public static readonly ConcurrentDictionary<string, TaskCompletionSource> Release = new();

    private IDisposable? _oneShot;
    private int _ticks;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (ActivationGates.TryGetValue(GetPrimaryKeyString(), out var gate))
        {
            RegisterGrainTimer(_ => Count(), TimeSpan.FromSeconds(1), Timeout.InfiniteTimeSpan);
            await gate.Task;
        }
    }

    public Task StartFailingOneShotAsync()
    {
        _oneShot = RegisterGrainTimer(
            async _ =>
            {
                _oneShot!.Dispose();
                await Task.Yield();
                throw new InvalidOperationException("the one-shot timer's work failed");
            },
            TimeSpan.FromSeconds(1),
            Timeout.InfiniteTimeSpan);
        return Task.CompletedTask;
    }

    public Task StartCountingAsync(TimeSpan period, bool once = false)
    {
        RegisterGrainTimer(_ => Count(), period, once ? Timeout.InfiniteTimeSpan : period);
        return Task.CompletedTask;
    }

    public Task BlockAsync() => Release.GetOrAdd(GetPrimaryKeyString(), _ => new(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    public Task<int> GetTicksAsync() => Task.FromResult(_ticks);

    private Task Count()
    {
        _ticks++;
        return Task.CompletedTask;
    }
}
