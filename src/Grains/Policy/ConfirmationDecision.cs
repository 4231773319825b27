namespace Inkan.Grains.Policy;

/// <summary>Which method confirms a user's operations now, or why none does.</summary>
/// <param name="Method">The method, or <see cref="ConfirmationMethod.Blocked"/>.</param>
/// <param name="Reason">Why the operations are blocked; <see cref="BlockReason.None"/> otherwise.</param>
public sealed record ConfirmationDecision(ConfirmationMethod Method, BlockReason Reason)
{
    /// <summary>Confirm with the registered token.</summary>
    public static ConfirmationDecision Token { get; } = new(ConfirmationMethod.Token, BlockReason.None);

    /// <summary>Confirm with an email OTP.</summary>
    public static ConfirmationDecision EmailOtp { get; } = new(ConfirmationMethod.EmailOtp, BlockReason.None);

    /// <summary>No confirmation possible, for <paramref name="reason"/>.</summary>
    public static ConfirmationDecision Blocked(BlockReason reason) => new(ConfirmationMethod.Blocked, reason);
}
