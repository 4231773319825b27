using System.Text.Json;
using Inkan.Grains.Otp;
using Inkan.Grains.Security;
using Inkan.Grains.Tests.Otp;

namespace Inkan.Grains.Tests.Security;

public sealed class FailureCounterTests
{
    private static readonly DateTimeOffset Now = new(2016, 5, 16, 1, 0, 0, TimeSpan.Zero);
    private readonly FailureCounter _counter = new();

    [Fact]
    public void RecordFailure_UpToLimit_LocksAtLimit()
    {
        int[] remaining = [.. Enumerable.Range(0, 5).Select(_ => _counter.RecordFailure(5, Now))];

        Assert.Equal([4, 3, 2, 1, 0], remaining);
        Assert.True(_counter.IsLocked);
        Assert.Equal(Now, _counter.LockedAt);
    }

    [Fact]
    public void RecordFailure_WhenLocked_Throws()
    {
        _counter.RecordFailure(1, Now);

        Assert.Throws<InvalidOperationException>(() => _counter.RecordFailure(1, Now));
        Assert.Throws<InvalidOperationException>(_counter.RecordSuccess);
    }

    [Fact]
    public void RecordSuccess_AfterFailures_ResetsCount()
    {
        _counter.RecordFailure(5, Now);
        _counter.RecordFailure(5, Now);

        _counter.RecordSuccess();

        Assert.Equal(0, _counter.ConsecutiveFailures);
        Assert.Equal(5, _counter.Remaining(5));
    }

    [Fact]
    public void Unlock_Locked_ClearsLockAndCount()
    {
        _counter.RecordFailure(2, Now);
        _counter.RecordFailure(2, Now);

        Assert.True(_counter.Unlock());
        Assert.False(_counter.IsLocked);
        Assert.Equal(0, _counter.ConsecutiveFailures);
        Assert.False(_counter.Unlock());
    }

    [Fact]
    public void RecordFailure_LimitLoweredBelowCount_LocksAtOnce()
    {
        _counter.RecordFailure(5, Now);
        _counter.RecordFailure(5, Now);

        Assert.Equal(0, _counter.RecordFailure(2, Now));
        Assert.True(_counter.IsLocked);
    }

    [Fact]
    public void Json_RoundTrip_KeepsLock()
    {
        _counter.RecordFailure(1, Now);

        var json = JsonSerializer.Serialize(_counter, OtpTestJsonContext.Default.FailureCounter);
        var copy = JsonSerializer.Deserialize(json, OtpTestJsonContext.Default.FailureCounter)!;

        Assert.True(copy.IsLocked);
        Assert.Equal(1, copy.ConsecutiveFailures);
        Assert.DoesNotContain("IsLocked", json, StringComparison.Ordinal);
    }
}
