namespace Inkan.Gateway.Api;

/// <summary>The bank API's route prefixes.</summary>
public static class BankApiRoutes
{
    /// <summary>Everything under this path is the bank API (problem answers, API-key authentication).</summary>
    public const string Root = "/api";

    /// <summary>Version 1 of the API.</summary>
    public const string V1 = "/api/v1";
}
