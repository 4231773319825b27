using Microsoft.AspNetCore.SignalR;

namespace Inkan.Gateway.Browser.Push;

/// <summary>
/// The browser's push channel (<c>/hubs/auth</c>, browser session required). It holds no logic: the server addresses
/// each user's connections by the session's name identifier (<c>contract/login</c>), and the pages post their codes
/// to the HTTP endpoints.
/// </summary>
public sealed class AuthHub : Hub<IAuthClient>;
