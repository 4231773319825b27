using System.Collections.Concurrent;
using Inkan.Grains.Events;

namespace Inkan.Grains.Tests.Support;

/// <summary>Keeps every event the grains publish, in arrival order.</summary>
internal sealed class RecordingEvents : IAuthorizationEvents
{
    public ConcurrentQueue<object> All { get; } = new();

    public IEnumerable<T> Of<T>() => All.OfType<T>();

    public void ChallengeIssued(ChallengeIssuedEvent e) => All.Enqueue(e);

    public void TransactionStatusChanged(TransactionStatusEvent e) => All.Enqueue(e);

    public void TokenLockChanged(TokenLockEvent e) => All.Enqueue(e);

    public void LastAttemptWarning(LastAttemptEvent e) => All.Enqueue(e);

    public void SessionsEnded(SessionsEndedEvent e) => All.Enqueue(e);
}
