using System.Globalization;
using System.Threading.RateLimiting;
using Inkan.Gateway.Api.Auth;
using Inkan.Gateway.Api.Problems;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Inkan.Gateway.Api.RateLimiting;

/// <summary>
/// The framework's rate limiter with the bank API's two policies: code submissions per API key, endpoint and
/// transaction (or user), logons per API key and user. A refused request gets a 429 problem with <c>Retry-After</c>.
/// </summary>
public static class RateLimitPolicies
{
    /// <summary>The policy of code and OTP submissions and OTP mails: <c>POST /transactions/{id}/confirmation</c> and the like.</summary>
    public const string CodeSubmission = "code-submission";

    /// <summary>The policy of <c>POST /contracts/{contractId}/users/{loginId}/logon</c>.</summary>
    public const string Logon = "logon";

    /// <summary>Adds the rate limiter with both policies, limits from <see cref="RateLimitOptions"/>.</summary>
    public static IServiceCollection AddBankRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RateLimitOptions>().Bind(configuration.GetSection(RateLimitOptions.SectionName))
            .Validate(o =>
            {
                o.CodeSubmissions.Validate(nameof(o.CodeSubmissions));
                o.Logons.Validate(nameof(o.Logons));
                return true;
            })
            .ValidateOnStart();
        return services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = RejectAsync;
            o.AddPolicy(CodeSubmission, context => Partition(context, l => l.CodeSubmissions));
            o.AddPolicy(Logon, context => Partition(context, l => l.Logons));
        });
    }

    // One partition per API key and route values: the transaction id, or the contract and login ID.
    private static RateLimitPartition<string> Partition(HttpContext context, Func<RateLimitOptions, FixedWindowLimit> pick)
    {
        var limit = pick(context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value);
        var route = context.Request.RouteValues.OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => $"{v.Key}={v.Value}");
        var key = string.Join('/', [context.User.FindFirst(ApiKeyDefaults.KeyIdClaim)?.Value ?? "", context.GetEndpoint()?.DisplayName ?? "", .. route]);
        return RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions { PermitLimit = limit.PermitLimit, Window = limit.Window, QueueLimit = 0 });
    }

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        var detail = "Too many requests; try again later.";
        if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
            http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            detail = $"Too many requests; try again in {seconds} s.";
        }

        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = ApiProblem.Create(StatusCodes.Status429TooManyRequests, ProblemCodes.RateLimited, detail),
        });
    }
}
