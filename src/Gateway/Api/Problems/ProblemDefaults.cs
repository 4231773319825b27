using Microsoft.AspNetCore.Http;

namespace Inkan.Gateway.Api.Problems;

/// <summary>Completes every problem the host writes: a <c>code</c> from the status when none was set, the request path as <c>instance</c>.</summary>
public static class ProblemDefaults
{
    /// <summary>Fills in what <paramref name="context"/>'s problem lacks.</summary>
    public static void Apply(ProblemDetailsContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var problem = context.ProblemDetails;
        var status = problem.Status ?? context.HttpContext.Response.StatusCode;
        problem.Extensions.TryAdd("code", ProblemCodes.ForStatus(status));
        problem.Instance ??= context.HttpContext.Request.Path;
        if (status == StatusCodes.Status400BadRequest && problem.Detail is null)
        {
            problem.Detail = "The request could not be read: malformed JSON, a value of the wrong type, or a missing body.";
        }
    }
}
