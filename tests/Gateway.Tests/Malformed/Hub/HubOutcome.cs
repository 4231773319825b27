namespace Inkan.Gateway.Tests.Malformed.Hub;

/// <summary>How the hub must answer a malformed frame.</summary>
public enum HubOutcome
{
    /// <summary>A completion carrying an error (never a result) for the frame's invocation ID; the connection stays.</summary>
    Completion,

    /// <summary>Nothing; the connection stays and answers the next invocation.</summary>
    Silence,

    /// <summary>The server says close (at most with a short error that shows nothing of an exception), then closes the connection.</summary>
    Close,

    /// <summary>A handshake error answer, then the server closes the connection.</summary>
    HandshakeRefused,
}
