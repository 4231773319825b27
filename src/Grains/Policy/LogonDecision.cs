namespace Inkan.Grains.Policy;

/// <summary>What a user must do at logon, before the top page.</summary>
/// <param name="Step">The screen to show.</param>
/// <param name="CanSkip">Whether the user may skip the screen for this logon (it comes back at the next one).</param>
public sealed record LogonDecision(LogonStep Step, bool CanSkip)
{
    /// <summary>Go to the top page.</summary>
    public static LogonDecision Proceed { get; } = new(LogonStep.Proceed, CanSkip: true);

    /// <summary>Show token registration with a skip button.</summary>
    public static LogonDecision RegisterTokenOptional { get; } = new(LogonStep.RegisterToken, CanSkip: true);

    /// <summary>Show token registration without a skip button.</summary>
    public static LogonDecision RegisterTokenRequired { get; } = new(LogonStep.RegisterToken, CanSkip: false);

    /// <summary>Show email OTP address registration; it cannot be skipped.</summary>
    public static LogonDecision RegisterOtpAddress { get; } = new(LogonStep.RegisterOtpAddress, CanSkip: false);
}
