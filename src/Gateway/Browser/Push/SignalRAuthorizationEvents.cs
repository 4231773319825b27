using Inkan.Gateway.Browser.Transactions;
using Inkan.Grains.Events;
using Inkan.Grains.Users;
using Inkan.Protocol.Txa;
using Microsoft.AspNetCore.SignalR;

namespace Inkan.Gateway.Browser.Push;

/// <summary>
/// Pushes the grains' events to browsers through <see cref="AuthHub"/>: challenges and results to their user, a token
/// lock to every user registered to the token, the last-attempt warning to the user who typed the wrong code; and
/// closes a user's connections when their sessions end. Sends are not awaited (grains must not wait on browsers); a
/// failed send is logged.
/// </summary>
public sealed partial class SignalRAuthorizationEvents(
    IHubContext<AuthHub, IAuthClient> hub,
    HubSessions sessions,
    TimeProvider time,
    ILogger<SignalRAuthorizationEvents> logger) : IAuthorizationEvents
{
    /// <inheritdoc />
    public void ChallengeIssued(ChallengeIssuedEvent e) => Push(e?.TransactionId, () =>
        hub.Clients.User(Identifiers.UserKey(e!.ContractId, e.LoginId)).Challenge(new ChallengeMessage(
            e.TransactionId, e.Kind.ToString(), TxaDisplay.Title(e.Kind), e.Method.ToString(), BrowserTransaction.PayloadLines(e.Payload), e.ExpiresAt, time.GetUtcNow())));

    /// <inheritdoc />
    public void TransactionStatusChanged(TransactionStatusEvent e) => Push(e?.TransactionId, () =>
        hub.Clients.User(Identifiers.UserKey(e!.ContractId, e.LoginId)).TransactionStatus(new StatusMessage(e.TransactionId, e.Status.ToString())));

    /// <inheritdoc />
    public void TokenLockChanged(TokenLockEvent e) => Push(e?.Serial, () =>
        hub.Clients.Users([.. e!.LoginIds.Select(login => Identifiers.UserKey(e.ContractId, login))]).TokenLock(new TokenLockMessage(e.Serial, e.Locked)));

    /// <inheritdoc />
    public void LastAttemptWarning(LastAttemptEvent e) => Push(e?.TransactionId, () =>
        hub.Clients.User(Identifiers.UserKey(e!.ContractId, e.TypedBy)).LastAttempt(new LastAttemptMessage(e.Serial, e.TransactionId)));

    /// <inheritdoc />
    public void SessionsEnded(SessionsEndedEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        sessions.End(Identifiers.UserKey(e.ContractId, e.LoginId));
    }

    private void Push(string? subject, Func<Task> send)
    {
        if (subject is null)
        {
            return;
        }

        try
        {
            send().ContinueWith(
                t => LogFailed(logger, subject, t.Exception),
                CancellationToken.None,
                TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously,
                TaskScheduler.Default);
        }
#pragma warning disable CA1031 // IAuthorizationEvents must never throw into the grain that raised the event.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogFailed(logger, subject, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not push the event about {Subject} to browsers.")]
    private static partial void LogFailed(ILogger logger, string subject, Exception? exception);
}
