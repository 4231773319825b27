using Inkan.Grains.Policy;

namespace Inkan.Gateway.Api.Users;

/// <summary>Whether the password was right and, if so, the screen the logon leads to.</summary>
/// <param name="Authenticated">Whether the password was right.</param>
/// <param name="Step">The next screen (null when not authenticated).</param>
/// <param name="CanSkip">Whether the user may skip that screen this logon.</param>
public sealed record LogonResponse(bool Authenticated, LogonStep? Step, bool? CanSkip);
