using Inkan.Grains.Events;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Inkan.Gateway.Browser.Push;

/// <summary>
/// The push side of the browser client: SignalR with <see cref="StrictJsonHubProtocol"/>, the grains' events sent
/// through <see cref="AuthHub"/>, and <see cref="HubSessions"/> with its sweeper, which close a connection once its
/// browser session ends.
/// </summary>
public static class BrowserPushExtensions
{
    /// <summary>Adds SignalR, the push of the grains' events, and the session check of the hub's connections.</summary>
    public static IServiceCollection AddBrowserPush(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSignalR();
        services.Replace(ServiceDescriptor.Singleton<IHubProtocol, StrictJsonHubProtocol>());
        services.Replace(ServiceDescriptor.Singleton<IAuthorizationEvents, SignalRAuthorizationEvents>());
        services.AddSingleton<HubSessions>();
        services.AddHostedService<HubSessionSweeper>();
        return services;
    }
}
