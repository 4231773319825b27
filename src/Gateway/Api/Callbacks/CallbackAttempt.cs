namespace Inkan.Gateway.Api.Callbacks;

/// <summary>
/// How one attempt of a callback ended: <see cref="Failure"/> null when the receiver accepted it, else why not; and
/// whether it was <see cref="Posted"/> at all, for a failure before the POST (the key's secret unavailable) says
/// nothing about the receiver.
/// </summary>
public readonly record struct CallbackAttempt(string? Failure, bool Posted)
{
    /// <summary>The receiver accepted the callback.</summary>
    public static CallbackAttempt Delivered => new(null, Posted: true);

    /// <summary>The POST failed: timed out, refused, or answered <paramref name="reason"/>.</summary>
    public static CallbackAttempt PostFailed(string reason) => new(reason, Posted: true);

    /// <summary>Nothing was posted: the gateway could not sign the callback.</summary>
    public static CallbackAttempt NotPosted(string reason) => new(reason, Posted: false);
}
