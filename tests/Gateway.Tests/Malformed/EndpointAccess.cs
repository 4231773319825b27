namespace Inkan.Gateway.Tests.Malformed;

/// <summary>Who may call an endpoint of the corpus, which decides the caller faults it gets.</summary>
public enum EndpointAccess
{
    /// <summary>A bank system with an API key (the client's own).</summary>
    ApiKey,

    /// <summary>A browser without a session; a POST needs the antiforgery token.</summary>
    Browser,

    /// <summary>A signed-on browser session; a POST needs the session's antiforgery token.</summary>
    Session,
}
