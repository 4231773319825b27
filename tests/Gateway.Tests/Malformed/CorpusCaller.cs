namespace Inkan.Gateway.Tests.Malformed;

/// <summary>Who sends a browser request of the corpus: the rightful caller, or one who must be refused whatever the request says.</summary>
public enum CorpusCaller
{
    /// <summary>The session (or anonymous browser) the endpoint is for, with its antiforgery token.</summary>
    Owner,

    /// <summary>A browser without a session cookie (with its own anonymous antiforgery token).</summary>
    Anonymous,

    /// <summary>The owner's session without the antiforgery header.</summary>
    NoAntiforgery,

    /// <summary>The owner's session with another session's antiforgery token.</summary>
    WrongAntiforgery,

    /// <summary>Another user's session, on a transaction that is not theirs.</summary>
    OtherUser,
}
