using System.Globalization;
using Inkan.Gateway.Api.Auth;
using Inkan.Gateway.Api.Problems;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Inkan.Gateway.Api.RateLimiting;

/// <summary>
/// The bank API's rate limits as endpoint filters: code submissions per API key, endpoint and transaction (or user),
/// logons per API key and user. A refused request gets a 429 problem with <c>Retry-After</c>. The framework's
/// partitioned limiter is not used here: it keeps a limiter per transaction and visits every one of them ten times
/// a second, which took a fifth of the gateway's CPU under load.
/// </summary>
public static class RateLimitPolicies
{
    /// <summary>Adds <see cref="BankRateLimiter"/>, limits from <see cref="RateLimitOptions"/>.</summary>
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
        services.TryAddSingleton(TimeProvider.System);
        return services.AddSingleton<BankRateLimiter>();
    }

    /// <summary>Limits code and OTP submissions and OTP mails: <c>POST /transactions/{id}/confirmation</c> and the like.</summary>
    public static TBuilder LimitCodeSubmissions<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
        => builder.Limit(limiter => limiter.CodeSubmissions);

    /// <summary>Limits <c>POST /contracts/{contractId}/users/{loginId}/logon</c>.</summary>
    public static TBuilder LimitLogons<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
        => builder.Limit(limiter => limiter.Logons);

    private static TBuilder Limit<TBuilder>(this TBuilder builder, Func<BankRateLimiter, WindowCounters> pick)
        where TBuilder : IEndpointConventionBuilder
        => builder.AddEndpointFilterFactory((factory, next) =>
        {
            var counters = pick(factory.ApplicationServices.GetRequiredService<BankRateLimiter>());
            return context => counters.TryAcquire(KeyOf(context.HttpContext), out var retryAfter) ? next(context) : Refuse(context.HttpContext, retryAfter);
        });

    // The route values name the transaction (id) or the user (contractId, loginId), in the route's order.
    private static LimitKey KeyOf(HttpContext http)
    {
        string? first = null;
        string? second = null;
        foreach (var (_, value) in http.Request.RouteValues)
        {
            if (first is null)
            {
                first = value as string;
            }
            else
            {
                second = value as string;
                break;
            }
        }

        var endpoint = (http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "";
        return new LimitKey(http.User.FindFirst(ApiKeyDefaults.KeyIdClaim)?.Value ?? "", endpoint, first, second);
    }

    private static ValueTask<object?> Refuse(HttpContext http, TimeSpan retryAfter)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return ValueTask.FromResult<object?>(ApiProblem.Result(StatusCodes.Status429TooManyRequests, ProblemCodes.RateLimited, $"Too many requests; try again in {seconds} s."));
    }
}
