using Microsoft.Extensions.Options;

namespace Inkan.Gateway.Api.RateLimiting;

/// <summary>The bank API's two rate limits, each with its counts: code submissions and logons (<see cref="RateLimitOptions"/>).</summary>
public sealed class BankRateLimiter(IOptions<RateLimitOptions> options, TimeProvider time)
{
    /// <summary>Code and OTP submissions and OTP mails, per API key, endpoint and transaction (or user).</summary>
    public WindowCounters CodeSubmissions { get; } = new(options.Value.CodeSubmissions, time);

    /// <summary>Logons, per API key and user.</summary>
    public WindowCounters Logons { get; } = new(options.Value.Logons, time);
}
