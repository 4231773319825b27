using Microsoft.Extensions.Options;

namespace Inkan.Gateway.Browser.Push;

/// <summary>
/// Sweeps <see cref="HubSessions"/> every <see cref="BrowserOptions.HubSessionCheckInterval"/>, so that a hub connection
/// whose session ended through another node closes within that interval (plus the grains' <c>AuthorizationMaxAge</c>).
/// </summary>
public sealed class HubSessionSweeper(HubSessions sessions, IOptions<BrowserOptions> options, TimeProvider time) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.HubSessionCheckInterval;
        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(interval, time, stoppingToken);
            await sessions.SweepAsync(stoppingToken);
        }
    }
}
