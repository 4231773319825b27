namespace Inkan.Gateway.Hosting;

/// <summary>Puts <see cref="SecurityHeaders"/> in front of the pipeline, with HSTS outside development.</summary>
public static class SecurityHeadersExtensions
{
    /// <summary>Adds the hardening headers to every answer; over HTTPS outside development, HSTS too.</summary>
    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseMiddleware<SecurityHeaders>();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        return app;
    }
}
