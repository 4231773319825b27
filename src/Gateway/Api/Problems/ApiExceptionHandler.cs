using System.Data.Common;
using Inkan.Grains.Errors;
using Inkan.Protocol.Tokens;
using Inkan.Protocol.Txa;
using Inkan.Silo;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Inkan.Gateway.Api.Problems;

/// <summary>
/// Answers every exception that escapes a bank API endpoint with a problem: bad input as 4xx with its field,
/// domain refusals by their kind, storage conflicts, timeouts and a database that is down or refusing connections as retryable, anything else as a 500 that
/// shows nothing of the exception. The browser client's JSON endpoints are answered the same way; other requests are
/// left to other handlers.
/// </summary>
public sealed class ApiExceptionHandler(IProblemDetailsService problems, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    /// <inheritdoc />
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var path = httpContext.Request.Path;
        if (!path.StartsWithSegments(BankApiRoutes.Root) && !path.StartsWithSegments(Browser.BrowserRoutes.Api))
        {
            return false;
        }

        var problem = Map(exception);
        if (problem.Status >= StatusCodes.Status500InternalServerError)
        {
            logger.LogError(exception, "Request {Method} {Path} failed", httpContext.Request.Method, path);
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    /// <summary>The problem that answers <paramref name="exception"/>.</summary>
    public static ProblemDetails Map(Exception exception) => exception switch
    {
        ApiValidationException e => ApiProblem.InvalidField(e.Field, e.Message),
        TxaFormatException e => ApiProblem.InvalidField(FieldPaths.Json("data", e.Field), e.Message),
        TokenBatchFormatException e => ApiProblem.Create(StatusCodes.Status400BadRequest, ProblemCodes.InvalidTokenBatch, e.Message, ("entry", e.Entry), ("problems", e.Problems)),
        DomainException e => ApiProblem.Create(StatusOf(e.Error), CodeOf(e.Error), e.Message),
        ArgumentException e => ApiProblem.InvalidField(FieldPaths.Json("", e.ParamName), MessageOf(e)),
        BadHttpRequestException e => ApiProblem.Create(e.StatusCode, ProblemCodes.ForStatus(e.StatusCode), e.Message),
        _ when DatabaseDown(exception) => ApiProblem.Create(StatusCodes.Status503ServiceUnavailable, ProblemCodes.Unavailable, "The database is unavailable; try again."),
        InconsistentStateException => ApiProblem.Create(StatusCodes.Status409Conflict, ProblemCodes.ConcurrentUpdate, "Another request changed the same record at the same moment; try again."),
        TimeoutException => ApiProblem.Create(StatusCodes.Status503ServiceUnavailable, ProblemCodes.Unavailable, "The server did not answer in time; try again."),
        _ => ApiProblem.Create(StatusCodes.Status500InternalServerError, ProblemCodes.InternalError, "An unexpected error occurred; the server's log has the details under the trace id."),
    };

    // A write not run because an earlier write of its activation failed carries that failure: when it was the database
    // being down, the answer is that, not a concurrent update.
    private static bool DatabaseDown(Exception exception) => exception switch
    {
        DbException { IsTransient: true } => true,
        InconsistentStateException { InnerException: { } earlier } => DatabaseDown(earlier),
        _ => false,
    };

    private static int StatusOf(DomainError error) => error switch
    {
        DomainError.NotFound => StatusCodes.Status404NotFound,
        DomainError.Forbidden => StatusCodes.Status403Forbidden,
        _ => StatusCodes.Status409Conflict,
    };

    private static string CodeOf(DomainError error) => error switch
    {
        DomainError.NotFound => ProblemCodes.NotFound,
        DomainError.Forbidden => ProblemCodes.Forbidden,
        _ => ProblemCodes.Conflict,
    };

    // ArgumentException appends " (Parameter 'name')"; the field extension says that already.
    private static string MessageOf(ArgumentException e)
        => e.ParamName is null ? e.Message : e.Message.Replace($" (Parameter '{e.ParamName}')", "", StringComparison.Ordinal);
}
