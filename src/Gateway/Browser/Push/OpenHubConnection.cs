using Microsoft.AspNetCore.SignalR;

namespace Inkan.Gateway.Browser.Push;

/// <summary>An open connection of <see cref="AuthHub"/>, with the user (<c>contract/login</c>) and the session key of the browser session that opened it.</summary>
public sealed record OpenHubConnection(HubCallerContext Context, string UserKey, string SessionKey);
