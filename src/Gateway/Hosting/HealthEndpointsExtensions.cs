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

    /// <summary>Maps <c>/health</c> and <c>/health/live</c>.</summary>
    public static IEndpointRouteBuilder MapInkanHealth(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapHealthChecks("/health");
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        return app;
    }
}
