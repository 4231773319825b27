using Inkan.Gateway.Api.Auth;

namespace Inkan.Gateway.Api.BackOffice;

/// <summary>Who acted for the back office, as the audit trail records it: the API key.</summary>
public static class BackOfficeOperator
{
    /// <summary><c>api-key:&lt;id&gt;</c> of the request's key.</summary>
    public static string Of(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return "api-key:" + context.User.FindFirst(ApiKeyDefaults.KeyIdClaim)!.Value;
    }
}
