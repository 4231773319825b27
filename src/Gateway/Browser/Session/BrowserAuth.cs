namespace Inkan.Gateway.Browser.Session;

/// <summary>The names that tie the browser client's cookie, authorization policy, rate limits and claims together.</summary>
public static class BrowserAuth
{
    /// <summary>The cookie authentication scheme of browser sessions.</summary>
    public const string Scheme = "InkanBrowser";

    /// <summary>The authorization policy: a signed-on browser session.</summary>
    public const string Policy = "InkanBrowserSession";

    /// <summary>The rate limiter policy on logons, per client address.</summary>
    public const string LogonLimit = "InkanBrowserLogon";

    /// <summary>The rate limiter policy on codes, per user.</summary>
    public const string CodeLimit = "InkanBrowserCode";

    /// <summary>The session cookie's name.</summary>
    public const string CookieName = "Inkan.Session";

    /// <summary>The header that carries the antiforgery request token.</summary>
    public const string AntiforgeryHeader = "X-CSRF-TOKEN";

    /// <summary>The claim with the user's contract ID.</summary>
    public const string ContractClaim = "inkan:contract";

    /// <summary>The claim with the user's login ID.</summary>
    public const string LoginClaim = "inkan:login";

    /// <summary>The claim with the user's session key: the session lasts while it is the user's current one.</summary>
    public const string SessionClaim = "inkan:session";

    /// <summary>The claim present when the user skipped token registration in this session.</summary>
    public const string SkippedClaim = "inkan:skipped-token-registration";
}
