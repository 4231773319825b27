using Microsoft.AspNetCore.SignalR;

namespace Inkan.Gateway.Browser.Push;

/// <summary>
/// The browser's push channel (<c>/hubs/auth</c>, browser session required). It holds no logic: the server addresses
/// each user's connections by the session's name identifier (<c>contract/login</c>), <see cref="HubSessions"/> closes
/// them when their session ends, and the pages post their codes to the HTTP endpoints.
/// </summary>
public sealed class AuthHub(HubSessions sessions) : Hub<IAuthClient>
{
    /// <inheritdoc />
    public override Task OnConnectedAsync()
    {
        sessions.Add(Context);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public override Task OnDisconnectedAsync(Exception? exception)
    {
        sessions.Remove(Context.ConnectionId);
        return Task.CompletedTask;
    }
}
