using Inkan.Grains.Policy;

namespace Inkan.Grains.Users;

/// <summary>A user's policy facts now, with the serial of their registered token (null when none is usable).</summary>
public sealed record UserAuthContext(UserAuthFacts Facts, string? TokenSerial);
