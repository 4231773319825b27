namespace Inkan.Gateway.Browser.Push;

/// <summary>What the server pushes to a browser through <see cref="AuthHub"/>; each method is a client-side event of the same name.</summary>
public interface IAuthClient
{
    /// <summary>A challenge (QR code) is ready for the user.</summary>
    Task Challenge(ChallengeMessage message);

    /// <summary>One of the user's transactions left the pending state.</summary>
    Task TransactionStatus(StatusMessage message);

    /// <summary>A token the user registered was locked or unlocked.</summary>
    Task TokenLock(TokenLockMessage message);

    /// <summary>The user's wrong code left one attempt before the token locks.</summary>
    Task LastAttempt(LastAttemptMessage message);
}
