using Inkan.Gateway.Api.Problems;

namespace Inkan.Gateway.Browser.Problems;

/// <summary>
/// The problems only the browser client answers with, in the bank API's form (RFC 7807 with a stable kebab-case
/// <c>code</c>, see <see cref="ProblemCodes"/>), so that pages and bank systems read the same shapes.
/// </summary>
public static class BrowserProblems
{
    /// <summary>401: the contract ID, login ID and password do not match a user (deliberately without saying which).</summary>
    public const string LogonFailed = "logon-failed";

    /// <summary>403: the logon still requires a registration step; <c>step</c> names it.</summary>
    public const string StepRequired = "step-required";

    /// <summary>400: the antiforgery token is missing or does not match the session.</summary>
    public const string Antiforgery = "antiforgery";

    /// <summary>409: token registration cannot be skipped now.</summary>
    public const string CannotSkip = "cannot-skip";

    /// <summary>403: a hub request from a page of another origin than the gateway's own or a configured one.</summary>
    public const string ForeignOrigin = "foreign-origin";

    /// <summary>The problem result for <paramref name="status"/> and <paramref name="code"/>.</summary>
    public static IResult Of(int status, string code, string detail, params (string Name, object? Value)[] extensions) =>
        Results.Problem(ApiProblem.Create(status, code, detail, extensions));

    /// <summary>400 naming the bad <paramref name="field"/>.</summary>
    public static IResult InvalidField(string field, string detail) => Results.Problem(ApiProblem.InvalidField(field, detail));

    /// <summary>404: no such transaction of this user (other users' transactions are answered the same way).</summary>
    public static IResult NotFound(string detail) => Of(StatusCodes.Status404NotFound, ProblemCodes.NotFound, detail);

    /// <summary>The logon failure, the same whatever was wrong.</summary>
    public static IResult LogonFailure() => Of(StatusCodes.Status401Unauthorized, LogonFailed, "The contract ID, login ID or password is wrong.");

    /// <summary>The registration step the logon still requires.</summary>
    public static IResult Step(string step) => Of(StatusCodes.Status403Forbidden, StepRequired, "Finish the registration the logon asks for first.", ("step", step));
}
