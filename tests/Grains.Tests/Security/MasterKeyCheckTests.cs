using Inkan.Grains.Security;
using Inkan.Silo;

namespace Inkan.Grains.Tests.Security;

/// <summary>The check at start: a node whose seal write lost to another node's checks again instead of failing its start.</summary>
public sealed class MasterKeyCheckTests
{
    [Fact]
    public async Task StartAsync_AnotherNodeSealedAtTheSameMoment_ChecksAgainAndStarts()
    {
        var check = new SealedMeanwhile(matches: true);

        await new MasterKeyCheck(new OneGrain(check)).StartAsync(CancellationToken.None);

        Assert.Equal(2, check.Calls);
    }

    [Fact]
    public async Task StartAsync_AnotherNodeSealedWithAnotherKey_FailsNamingTheSetting()
    {
        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => new MasterKeyCheck(new OneGrain(new SealedMeanwhile(matches: false))).StartAsync(CancellationToken.None));

        Assert.StartsWith("Inkan:KeyProtection:MasterKey", e.Message, StringComparison.Ordinal);
    }

    // Its first answer is the version conflict of a seal written by another node meanwhile; then the seal as stored.
    private sealed class SealedMeanwhile(bool matches) : IMasterKeyCheckGrain
    {
        public int Calls { get; private set; }

        public Task<bool> VerifyAsync()
            => ++Calls == 1 ? Task.FromException<bool>(new InconsistentStateException("sealed by another node")) : Task.FromResult(matches);
    }

    private sealed class OneGrain(IMasterKeyCheckGrain grain) : IGrainFactory
    {
        public TGrain GetGrain<TGrain>(string key) where TGrain : IGrainWithStringKey => (TGrain)grain;
    }
}
