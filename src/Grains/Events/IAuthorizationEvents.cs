namespace Inkan.Grains.Events;

/// <summary>
/// What the grains announce to the outside (the gateway pushes it to browsers). Called only after the
/// state change is durable; implementations must return quickly and never throw.
/// </summary>
public interface IAuthorizationEvents
{
    /// <summary>A transaction's challenge (QR payload) is ready for its user.</summary>
    void ChallengeIssued(ChallengeIssuedEvent e);

    /// <summary>A transaction left the pending state (authorized, rejected, expired, cancelled).</summary>
    void TransactionStatusChanged(TransactionStatusEvent e);

    /// <summary>A token was locked or unlocked; every registered user is affected.</summary>
    void TokenLockChanged(TokenLockEvent e);

    /// <summary>A wrong code left one attempt before the token locks.</summary>
    void LastAttemptWarning(LastAttemptEvent e);

    /// <summary>A user's browser sessions ended; whatever was opened with them must close.</summary>
    void SessionsEnded(SessionsEndedEvent e);
}
