namespace Inkan.Gateway.Tests.Support;

/// <summary>
/// The seeds' policy timeline (2016: email OTP, then tokens available, then mandatory). The gateway's
/// appsettings.json ships another, future-dated rollout for newcomers; tests pin the one they assume.
/// </summary>
public static class SeedPolicy
{
    public static IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["Inkan:Policy:EmailOtpMandatorySince"] = "2016-05-16T00:00:00+09:00",
        ["Inkan:Policy:TokenAuthAvailableSince"] = "2016-06-20T00:00:00+09:00",
        ["Inkan:Policy:TokenAuthMandatorySince"] = "2016-07-04T00:00:00+09:00",
    };
}
