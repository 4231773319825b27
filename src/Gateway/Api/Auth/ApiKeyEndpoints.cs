using Inkan.Gateway.Api.Problems;
using Inkan.Grains.ApiKeys;
using Inkan.Silo;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Inkan.Gateway.Api.Auth;

/// <summary><c>/api/v1/backoffice/api-keys</c>: create keys (shown once), read and revoke them.</summary>
public static class ApiKeyEndpoints
{
    /// <summary>Maps the endpoints under <paramref name="backOffice"/>.</summary>
    public static void MapApiKeys(this RouteGroupBuilder backOffice)
    {
        var keys = backOffice.MapGroup("/api-keys").WithTags("Back office: API keys");
        keys.MapPost("/", CreateAsync).WithSummary("Creates an API key; the key and its callback secret are shown only in this answer.");
        keys.MapGet("/{keyId}", GetAsync).WithSummary("The key's name, scopes and dates.");
        keys.MapPost("/{keyId}/revoke", RevokeAsync).WithSummary("Revokes the key at once, for good.");
    }

    private static async Task<Created<IssuedApiKey>> CreateAsync(CreateApiKeyBody body, ApiKeyIssuer issuer)
    {
        var issued = await issuer.IssueAsync(body.Name ?? "", ApiScopeNames.Parse(body.Scopes, "scopes"));
        return TypedResults.Created($"{BankApiRoutes.V1}/backoffice/api-keys/{issued.KeyId}", issued);
    }

    private static async Task<Ok<ApiKeyView>> GetAsync(string keyId, IGrainFactory grains)
        => TypedResults.Ok(ApiKeyView.Of(await Key(grains, keyId).GetInfoAsync()));

    private static async Task<Ok<ApiKeyView>> RevokeAsync(string keyId, IGrainFactory grains)
        => TypedResults.Ok(ApiKeyView.Of(await Key(grains, keyId).RevokeAsync()));

    private static IApiKeyGrain Key(IGrainFactory grains, string keyId)
        => ApiKeyIds.IsValid(keyId) ? grains.GetGrain<IApiKeyGrain>(keyId) : throw new ApiValidationException("keyId", "An API key id is 16 lowercase hexadecimal characters.");
}
