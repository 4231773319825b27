using Microsoft.AspNetCore.SignalR;

namespace Inkan.Gateway.Browser.Push;

/// <summary>
/// An open connection of <see cref="AuthHub"/>, with the user (<c>contract/login</c>), the session key of the browser
/// session that opened it, and when that session's cookie expired unless a later request renewed it.
/// </summary>
public sealed record OpenHubConnection(HubCallerContext Context, string UserKey, string SessionKey, DateTimeOffset ExpiresAt);
