namespace Inkan.Gateway.Api.RateLimiting;

/// <summary>The bank API's rate limits, configuration section <c>BankApi:RateLimits</c>.</summary>
public sealed class RateLimitOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "BankApi:RateLimits";

    /// <summary>Code submissions per API key and transaction.</summary>
    public FixedWindowLimit CodeSubmissions { get; set; } = new();

    /// <summary>Logons per API key and user.</summary>
    public FixedWindowLimit Logons { get; set; } = new();
}
