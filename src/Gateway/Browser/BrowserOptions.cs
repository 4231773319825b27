namespace Inkan.Gateway.Browser;

/// <summary>
/// Settings of the browser client, configuration section <c>Browser</c>: the session's idle lifetime, how often the
/// hub's connections have their sessions checked, and the rate limits on logons (per client address) and on codes (per user).
/// </summary>
public sealed class BrowserOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Browser";

    /// <summary>How long a session lasts without a request (sliding).</summary>
    public TimeSpan SessionIdleTimeout { get; set; } = TimeSpan.FromMinutes(20);

    /// <summary>How often the sessions of open hub connections are checked: the bound on how long a connection outlives a session ended through another node.</summary>
    public TimeSpan HubSessionCheckInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Logon attempts allowed per client address in one <see cref="LogonWindow"/>.</summary>
    public int LogonPermitLimit { get; set; } = 10;

    /// <summary>The window of <see cref="LogonPermitLimit"/>.</summary>
    public TimeSpan LogonWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Codes a user may submit in one <see cref="CodeWindow"/>.</summary>
    public int CodePermitLimit { get; set; } = 20;

    /// <summary>The window of <see cref="CodePermitLimit"/>.</summary>
    public TimeSpan CodeWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Origins besides the gateway's own (<c>scheme://host[:port]</c> as the request reached it) whose pages may open the
    /// hub, such as the public origin when a proxy in front changes the scheme or the host.
    /// </summary>
    public IReadOnlyList<string> HubOrigins { get; set; } = [];

    /// <summary>Checks every field.</summary>
    /// <exception cref="ArgumentException">A field is out of range; the message names it.</exception>
    public void Validate()
    {
        Require(SessionIdleTimeout > TimeSpan.Zero, nameof(SessionIdleTimeout));
        Require(HubSessionCheckInterval > TimeSpan.Zero, nameof(HubSessionCheckInterval));
        Require(LogonPermitLimit > 0, nameof(LogonPermitLimit));
        Require(LogonWindow > TimeSpan.Zero, nameof(LogonWindow));
        Require(CodePermitLimit > 0, nameof(CodePermitLimit));
        Require(CodeWindow > TimeSpan.Zero, nameof(CodeWindow));
        foreach (var origin in HubOrigins)
        {
            if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || !string.Equals(origin, uri.GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase))
            {
                throw new ArgumentException($"Browser:{nameof(HubOrigins)} holds '{origin}', which is not an origin such as https://ib.bank.example.", nameof(HubOrigins));
            }
        }
    }

    private static void Require(bool condition, string field)
    {
        if (!condition)
        {
            throw new ArgumentException($"Browser:{field} must be positive.", field);
        }
    }
}
