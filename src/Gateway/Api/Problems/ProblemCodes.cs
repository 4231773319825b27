namespace Inkan.Gateway.Api.Problems;

/// <summary>
/// The stable values of the <c>code</c> extension of every problem the bank API answers with. Clients branch
/// on these, never on titles or details: a value is never renamed or reused.
/// </summary>
public static class ProblemCodes
{
    /// <summary>400: the body or a parameter could not be read (malformed JSON, wrong type).</summary>
    public const string MalformedRequest = "malformed-request";

    /// <summary>400: a field is missing or breaks its rule; the <c>field</c> extension names it.</summary>
    public const string InvalidField = "invalid-field";

    /// <summary>400: a token batch file cannot be imported; <c>problems</c> lists every unusable entry.</summary>
    public const string InvalidTokenBatch = "invalid-token-batch";

    /// <summary>415: the body's content type is not one the endpoint reads.</summary>
    public const string UnsupportedMediaType = "unsupported-media-type";

    /// <summary>401: no API key, or one that is unknown, malformed or revoked.</summary>
    public const string Unauthenticated = "unauthenticated";

    /// <summary>403: the API key lacks the scope the endpoint needs.</summary>
    public const string InsufficientScope = "insufficient-scope";

    /// <summary>404: no such contract, user, token, transaction, key or route.</summary>
    public const string NotFound = "not-found";

    /// <summary>405: the route exists but not with this method.</summary>
    public const string MethodNotAllowed = "method-not-allowed";

    /// <summary>409: the operation does not fit the current state (exists already, not pending, not locked, …).</summary>
    public const string Conflict = "conflict";

    /// <summary>403: the domain refuses the operation (e.g. changing the master user).</summary>
    public const string Forbidden = "forbidden";

    /// <summary>403: the user's permissions do not allow this kind of operation.</summary>
    public const string PermissionDenied = "permission-denied";

    /// <summary>409: the user cannot confirm operations now; <c>reason</c> says why (token locked, registration required, …).</summary>
    public const string ConfirmationBlocked = "confirmation-blocked";

    /// <summary>409: the user may not register a token (inquiry only, or before availability).</summary>
    public const string RegistrationNotAllowed = "registration-not-allowed";

    /// <summary>409: the token is not issued to the user's contract, or it is revoked.</summary>
    public const string TokenUnavailable = "token-unavailable";

    /// <summary>409: the transaction is not pending (so it has no challenge to show).</summary>
    public const string NotPending = "not-pending";

    /// <summary>409: another request changed the same record at the same moment; retry.</summary>
    public const string ConcurrentUpdate = "concurrent-update";

    /// <summary>422: the <c>Idempotency-Key</c> was used for another request (another body) within its 24 hours.</summary>
    public const string IdempotencyKeyReused = "idempotency-key-reused";

    /// <summary>429: too many requests; <c>Retry-After</c> says when to try again.</summary>
    public const string RateLimited = "rate-limited";

    /// <summary>503: the server did not answer in time; retry.</summary>
    public const string Unavailable = "unavailable";

    /// <summary>500: an unexpected error; the details are in the server's log under the trace id.</summary>
    public const string InternalError = "internal-error";

    /// <summary>The code for a status that has no more specific one.</summary>
    public static string ForStatus(int status) => status switch
    {
        400 => MalformedRequest,
        401 => Unauthenticated,
        403 => InsufficientScope,
        404 => NotFound,
        405 => MethodNotAllowed,
        409 => Conflict,
        415 => UnsupportedMediaType,
        429 => RateLimited,
        503 => Unavailable,
        _ => status >= 500 ? InternalError : "http-" + status.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
