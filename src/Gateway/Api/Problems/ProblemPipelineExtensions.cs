namespace Inkan.Gateway.Api.Problems;

/// <summary>The middleware that turns every error under a path into a problem description: exceptions and bodiless statuses.</summary>
public static class ProblemPipelineExtensions
{
    /// <summary>
    /// Answers exceptions (through <see cref="ApiExceptionHandler"/>) and statuses without a body (401, 404, 405, 415,
    /// 429 …) under <paramref name="root"/> with problems. Place it before whatever refuses requests there.
    /// </summary>
    public static IApplicationBuilder UseProblemsUnder(this IApplicationBuilder app, PathString root)
        => app.UseWhen(c => c.Request.Path.StartsWithSegments(root), api =>
        {
            api.UseExceptionHandler();
            api.UseStatusCodePages();
        });
}
