namespace Inkan.Gateway.Browser.Problems;

/// <summary>RFC 7807 problem details for the browser client's JSON endpoints, each with a stable <c>code</c> the pages translate.</summary>
public static class BrowserProblems
{
    /// <summary>A problem with HTTP <paramref name="status"/>, stable <paramref name="code"/> and, for bad input, the <paramref name="field"/>.</summary>
    public static IResult Of(int status, string code, string title, string? detail = null, string? field = null)
    {
        var extensions = new Dictionary<string, object?> { ["code"] = code };
        if (field is not null)
        {
            extensions["field"] = field;
        }

        return Results.Problem(detail: detail, statusCode: status, title: title, type: "urn:inkan:browser:" + code, extensions: extensions);
    }

    /// <summary>400: a field of the request is missing or malformed.</summary>
    public static IResult InvalidField(string field, string detail) =>
        Of(StatusCodes.Status400BadRequest, "invalid_field", "A field is missing or malformed.", detail, field);

    /// <summary>401: the contract ID, login ID and password do not match a user (deliberately without saying which).</summary>
    public static IResult LogonFailed() =>
        Of(StatusCodes.Status401Unauthorized, "logon_failed", "The contract ID, login ID or password is wrong.");

    /// <summary>403: the logon still requires a registration step before the service can be used.</summary>
    public static IResult StepRequired(string step) =>
        Of(StatusCodes.Status403Forbidden, "step_required", "Finish the registration the logon asks for first.", $"step={step}");

    /// <summary>404: no such transaction of this user (other users' transactions are answered the same way).</summary>
    public static IResult NotFound(string detail) =>
        Of(StatusCodes.Status404NotFound, "not_found", "Not found.", detail);
}
