namespace Inkan.Gateway.Browser.Push;

/// <summary>A token the user registered was locked (or unlocked): while locked, no user of it can confirm anything.</summary>
public sealed record TokenLockMessage(string Serial, bool Locked);
