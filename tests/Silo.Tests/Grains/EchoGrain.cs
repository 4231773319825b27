namespace Inkan.Silo.Tests.Grains;

/// <summary>Implements <see cref="IEchoGrain"/>.</summary>
public sealed class EchoGrain(ActivationLog log) : Grain, IEchoGrain
{
    private readonly List<int> _appended = [];
    private int _ticks;
    private bool _inTurn;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        log.Activated(GetPrimaryKeyString());
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        log.Deactivated(GetPrimaryKeyString(), reason);
        return Task.CompletedTask;
    }

    public ValueTask<int> EchoAsync(int value) => ValueTask.FromResult(value);

    public async Task AppendAsync(int value)
    {
        // A second turn entering while this one awaits would be a broken turn guarantee.
        Assert.False(_inTurn);
        _inTurn = true;
        await Task.Yield();
        _appended.Add(value);
        _inTurn = false;
    }

    public Task<IReadOnlyList<int>> GetAppendedAsync() => Task.FromResult<IReadOnlyList<int>>([.. _appended]);

    public Task<int> CallOtherAsync(string otherKey, int depth)
        => depth == 0 ? Task.FromResult(0) : GrainFactory.GetGrain<IEchoGrain>(otherKey).CallOtherAsync(GetPrimaryKeyString(), depth - 1);

    public Task StartTimerAsync(TimeSpan period)
    {
        RegisterGrainTimer(
            _ =>
            {
                _ticks++;
                return Task.CompletedTask;
            },
            period,
            period);
        return Task.CompletedTask;
    }

    public Task<int> GetTicksAsync() => Task.FromResult(_ticks);

    public Task HangAsync() => new TaskCompletionSource().Task;
}
