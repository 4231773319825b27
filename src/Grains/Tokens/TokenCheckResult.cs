namespace Inkan.Grains.Tokens;

/// <summary>The token's verdict and how many wrong codes it still takes before it locks.</summary>
public sealed record TokenCheckResult(TokenCheckOutcome Outcome, int RemainingAttempts);
