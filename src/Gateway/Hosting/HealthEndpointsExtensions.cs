using Inkan.Gateway.Api.Problems;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Inkan.Gateway.Hosting;

/// <summary>
/// The health endpoints for load balancers and orchestrators: <c>/health</c>, ready while storage takes writes
/// (<see cref="StorageHealthCheck"/>; 503 when not), and <c>/health/live</c>, which only says the process answers.
/// </summary>
public static class HealthEndpointsExtensions
{
    /// <summary>Adds the health checks.</summary>
    public static IServiceCollection AddInkanHealthChecks(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton<StorageHealthCheck>();
        services.AddHealthChecks().AddCheck<StorageHealthCheck>("storage");
        return services;
    }

    private const string Root = "/health";

    // A probe reads; any other method, like any other path under the root, is bad input and gets a problem.
    private static readonly HttpMethodMetadata ProbeMethods = new([HttpMethods.Get, HttpMethods.Head]);

    /// <summary>Maps <c>/health</c> and <c>/health/live</c> for GET and HEAD; other methods and paths under them get a problem description.</summary>
    public static WebApplication MapInkanHealth(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseProblemsUnder(Root);
        app.MapHealthChecks(Root).WithMetadata(ProbeMethods);
        app.MapHealthChecks(Root + "/live", new HealthCheckOptions { Predicate = _ => false }).WithMetadata(ProbeMethods);
        return app;
    }
}
