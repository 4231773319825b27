using Inkan.Gateway.Browser;
using Inkan.Gateway.Browser.Push;
using Inkan.Gateway.Browser.Session;
using Inkan.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Inkan.Gateway.Tests.Browser.Push;

/// <summary>
/// The registry of open hub connections alone: a connection without a session key is refused, a session is checked once
/// however many connections it has, a check that fails keeps the connection for the next sweep, and a connection whose
/// cookie has expired is closed.
/// </summary>
public sealed class HubSessionsTests
{
    private readonly SessionAnswers _grains = new();
    private readonly ManualTimeProvider _clock = new();
    private readonly BrowserOptions _options = new();
    private readonly HubSessions _sessions;

    public HubSessionsTests() => _sessions = new HubSessions(_grains, _clock, Options.Create(_options), NullLogger<HubSessions>.Instance);

    [Fact]
    public void Add_PrincipalWithoutSessionKey_AbortedAtOnce()
    {
        var connection = new FakeCallerContext("c1", new BrowserUser("C1", "master", SkippedTokenRegistration: false).ToPrincipal());

        _sessions.Add(connection);

        Assert.True(connection.Aborted);
    }

    [Fact]
    public void End_OneUser_AbortsThatUsersConnectionsOnly()
    {
        var master = Open("c1", "master", "key-1");
        var clerk = Open("c2", "clerk", "key-2");

        _sessions.End("C1/master");

        Assert.True(master.Aborted);
        Assert.False(clerk.Aborted);
    }

    [Fact]
    public async Task SweepAsync_SessionEndedWithTwoConnections_OneCheckAbortsBothAndForgetsThem()
    {
        var first = Open("c1", "master", "key-1");
        var second = Open("c2", "master", "key-1");
        _grains.Answer = () => Task.FromResult(false);

        await _sessions.SweepAsync(CancellationToken.None);
        await _sessions.SweepAsync(CancellationToken.None);

        Assert.True(first.Aborted);
        Assert.True(second.Aborted);
        Assert.Equal(1, _grains.Checks);
    }

    [Fact]
    public async Task SweepAsync_CheckFails_ConnectionKeptUntilACheckAnswers()
    {
        var connection = Open("c1", "master", "key-1");
        _grains.Answer = () => Task.FromException<bool>(new TimeoutException("storage outage"));

        await _sessions.SweepAsync(CancellationToken.None);
        var keptThroughTheFailure = !connection.Aborted;
        _grains.Answer = () => Task.FromResult(false);
        await _sessions.SweepAsync(CancellationToken.None);

        Assert.True(keptThroughTheFailure);
        Assert.True(connection.Aborted);
    }

    [Fact]
    public async Task SweepAsync_CookieExpiredWithoutARenewal_AbortsOnlyThatConnection()
    {
        var early = Open("c1", "master", "key-1");
        _clock.Advance(TimeSpan.FromMinutes(5));
        var late = Open("c2", "clerk", "key-2");

        _clock.Advance(_options.SessionIdleTimeout - TimeSpan.FromMinutes(6));
        await _sessions.SweepAsync(CancellationToken.None);
        var keptBeforeItsExpiry = !early.Aborted;
        _clock.Advance(TimeSpan.FromMinutes(1));
        await _sessions.SweepAsync(CancellationToken.None);

        Assert.True(keptBeforeItsExpiry);
        Assert.True(early.Aborted);
        Assert.False(late.Aborted);
    }

    [Fact]
    public async Task SweepAsync_SessionRenewedByARequest_KeptUntilAnIdleLifetimeAfterIt()
    {
        var connection = Open("c1", "master", "key-1");
        _clock.Advance(TimeSpan.FromMinutes(15));
        _sessions.Renew("key-1");

        _clock.Advance(_options.SessionIdleTimeout - TimeSpan.FromSeconds(1));
        await _sessions.SweepAsync(CancellationToken.None);
        var keptPastTheFirstExpiry = !connection.Aborted;
        _clock.Advance(TimeSpan.FromSeconds(1));
        await _sessions.SweepAsync(CancellationToken.None);

        Assert.True(keptPastTheFirstExpiry);
        Assert.True(connection.Aborted);
    }

    [Fact]
    public async Task SweepAsync_ConnectionRemoved_NotChecked()
    {
        Open("c1", "master", "key-1");

        _sessions.Remove("c1");
        await _sessions.SweepAsync(CancellationToken.None);

        Assert.Equal(0, _grains.Checks);
    }

    private FakeCallerContext Open(string connectionId, string loginId, string sessionKey)
    {
        var connection = new FakeCallerContext(connectionId, new BrowserUser("C1", loginId, SkippedTokenRegistration: false, sessionKey).ToPrincipal());
        _sessions.Add(connection);
        return connection;
    }
}
