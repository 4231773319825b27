using System.Collections.Concurrent;
using Inkan.Gateway.Browser.Session;
using Inkan.Grains.Users;
using Inkan.Silo;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace Inkan.Gateway.Browser.Push;

/// <summary>
/// This node's open <see cref="AuthHub"/> connections with the browser session each was opened in, so that a connection
/// ends with its session: at once when the session ends through this node (<see cref="End"/>), at the next
/// <see cref="SweepAsync"/> when it ends through another node sharing the database, or when its cookie expires: the
/// browser made no request to this node for the session's idle lifetime (<see cref="Renew"/> counts each request).
/// </summary>
public sealed partial class HubSessions(IGrainFactory grains, TimeProvider time, IOptions<BrowserOptions> options, ILogger<HubSessions> logger)
{
    private readonly ConcurrentDictionary<string, OpenHubConnection> _open = new();
    private readonly ConcurrentDictionary<string, DateTimeOffset> _renewedUntil = new();

    /// <summary>Registers a connection that has just opened; one whose principal carries no session key is aborted instead.</summary>
    public void Add(HubCallerContext connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (connection.User is { } principal && BrowserUser.From(principal) is { SessionKey: { } sessionKey } user)
        {
            _open[connection.ConnectionId] = new OpenHubConnection(connection, user.Key, sessionKey, ExpiresAt(connection));
        }
        else
        {
            connection.Abort();
        }
    }

    /// <summary>A request of the session <paramref name="sessionKey"/> renewed its cookie: its connections live on for the idle lifetime.</summary>
    public void Renew(string sessionKey)
    {
        var until = time.GetUtcNow() + options.Value.SessionIdleTimeout;
        _renewedUntil.AddOrUpdate(sessionKey, until, (_, earlier) => earlier > until ? earlier : until);
    }

    /// <summary>Forgets a connection that has closed.</summary>
    public void Remove(string connectionId) => _open.TryRemove(connectionId, out _);

    /// <summary>Aborts every open connection of user <paramref name="userKey"/>: the user's sessions were just ended through this node.</summary>
    public void End(string userKey) => Abort(userKey, _open.Values.Where(c => c.UserKey == userKey));

    /// <summary>Asks the user grain once per open session whether it is still current, and aborts the connections of those that ended.</summary>
    public async Task SweepAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        foreach (var expired in _open.Values.Where(c => ExpiresAt(c) <= now).GroupBy(c => c.UserKey))
        {
            Abort(expired.Key, expired);
        }

        var open = _open.Values.Select(c => c.SessionKey).ToHashSet();
        foreach (var sessionKey in _renewedUntil.Keys.Where(k => !open.Contains(k)))
        {
            _renewedUntil.TryRemove(sessionKey, out _);
        }

        foreach (var session in _open.Values.GroupBy(c => (c.UserKey, c.SessionKey)))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!await IsCurrentAsync(session.Key.UserKey, session.Key.SessionKey))
            {
                Abort(session.Key.UserKey, session);
            }
        }
    }

    private DateTimeOffset ExpiresAt(OpenHubConnection connection)
        => _renewedUntil.TryGetValue(connection.SessionKey, out var renewed) && renewed > connection.ExpiresAt ? renewed : connection.ExpiresAt;

    // The cookie's expiry when the connection opened; without it (no authentication result kept), the longest it can be.
    private DateTimeOffset ExpiresAt(HubCallerContext connection)
        => connection.GetHttpContext()?.Features.Get<IAuthenticateResultFeature>()?.AuthenticateResult?.Properties?.ExpiresUtc
            ?? time.GetUtcNow() + options.Value.SessionIdleTimeout;

    private async Task<bool> IsCurrentAsync(string userKey, string sessionKey)
    {
        try
        {
            return await grains.GetGrain<IUserGrain>(userKey).IsSessionCurrentAsync(sessionKey);
        }
#pragma warning disable CA1031 // A failed check must not stop the sweep of the other sessions, nor the sweeper.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            // Kept open: a failed check says nothing about the session, and failures come in outages, when closing would
            // drop every browser of this node at once. The grains push only what they have stored, so an outage also
            // stops what would reach the connection. The next sweep asks again.
            LogCheckFailed(logger, userKey, ex);
            return true;
        }
    }

    private void Abort(string userKey, IEnumerable<OpenHubConnection> connections)
    {
        var count = 0;
        foreach (var connection in connections)
        {
            _open.TryRemove(connection.Context.ConnectionId, out _);
            connection.Context.Abort();
            count++;
        }

        if (count > 0)
        {
            LogEnded(logger, count, userKey);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Closed {Count} hub connection(s) of {User}: their session ended.")]
    private static partial void LogEnded(ILogger logger, int count, string user);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not check the session of {User}'s hub connections; they stay open until the next check.")]
    private static partial void LogCheckFailed(ILogger logger, string user, Exception exception);
}
