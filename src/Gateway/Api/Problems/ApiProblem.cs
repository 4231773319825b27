using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Inkan.Gateway.Api.Problems;

/// <summary>Builds the bank API's RFC 7807 problems: a status, a stable <c>code</c>, a detail and optional extensions.</summary>
public static class ApiProblem
{
    /// <summary>The problem for <paramref name="status"/> with <paramref name="code"/>, <paramref name="detail"/> and extra members.</summary>
    public static ProblemDetails Create(int status, string code, string detail, params (string Name, object? Value)[] extensions)
    {
        var problem = new ProblemDetails { Status = status, Detail = detail };
        problem.Extensions["code"] = code;
        foreach (var (name, value) in extensions)
        {
            problem.Extensions[name] = value;
        }

        return problem;
    }

    /// <summary>The same problem as a typed result.</summary>
    public static ProblemHttpResult Result(int status, string code, string detail, params (string Name, object? Value)[] extensions)
        => TypedResults.Problem(Create(status, code, detail, extensions));

    /// <summary>400 <see cref="ProblemCodes.InvalidField"/> naming <paramref name="field"/>.</summary>
    public static ProblemDetails InvalidField(string field, string detail)
        => Create(StatusCodes.Status400BadRequest, ProblemCodes.InvalidField, detail, ("field", field));
}
