namespace Inkan.Grains.Events;

/// <summary>Drops every event: the default until a host registers its own <see cref="IAuthorizationEvents"/>.</summary>
public sealed class NullAuthorizationEvents : IAuthorizationEvents
{
    /// <inheritdoc />
    public void ChallengeIssued(ChallengeIssuedEvent e)
    {
    }

    /// <inheritdoc />
    public void TransactionStatusChanged(TransactionStatusEvent e)
    {
    }

    /// <inheritdoc />
    public void TokenLockChanged(TokenLockEvent e)
    {
    }

    /// <inheritdoc />
    public void LastAttemptWarning(LastAttemptEvent e)
    {
    }

    /// <inheritdoc />
    public void SessionsEnded(SessionsEndedEvent e)
    {
    }
}
