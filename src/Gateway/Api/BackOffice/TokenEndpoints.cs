using Inkan.Gateway.Api.Problems;
using Inkan.Grains.Errors;
using Inkan.Grains.Tokens;
using Inkan.Silo;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Net.Http.Headers;

namespace Inkan.Gateway.Api.BackOffice;

/// <summary><c>/api/v1/backoffice/token-batches</c> and <c>/tokens</c>: import batches, read, unlock and revoke tokens.</summary>
public static class TokenEndpoints
{
    private static readonly string[] JsonTypes = ["application/json"];
    private static readonly string[] PskcTypes = ["application/pskc+xml", "application/xml", "text/xml"];

    /// <summary>Maps the endpoints under <paramref name="backOffice"/>.</summary>
    public static void MapTokens(this RouteGroupBuilder backOffice)
    {
        backOffice.MapPost("/token-batches", ImportAsync).WithTags("Back office: tokens")
            .WithMetadata(new AcceptsMetadata([.. JsonTypes, .. PskcTypes], typeof(Stream)))
            .WithSummary("Imports a token batch: the JSON batch format (application/json) or PSKC with plain keys (application/pskc+xml).");
        var tokens = backOffice.MapGroup("/tokens").WithTags("Back office: tokens");
        tokens.MapGet("/{serial}", GetAsync).WithSummary("The token's status, lock, failure count, contract and users.");
        tokens.MapPost("/{serial}/unlock", UnlockAsync).WithSummary("Unlocks a locked token on a written request, recording its reference.");
        tokens.MapPost("/{serial}/revoke", RevokeAsync).WithSummary("Revokes the token for all its users, for good.");
    }

    private static async Task<Results<Ok<ImportReport>, ProblemHttpResult>> ImportAsync(HttpRequest request, TokenInventory inventory, CancellationToken cancellationToken)
    {
        var mediaType = MediaTypeHeaderValue.TryParse(request.ContentType, out var parsed) ? parsed.MediaType.Value?.ToLowerInvariant() : null;
        var json = JsonTypes.Contains(mediaType);
        if (!json && !PskcTypes.Contains(mediaType))
        {
            return ApiProblem.Result(StatusCodes.Status415UnsupportedMediaType, ProblemCodes.UnsupportedMediaType,
                $"Send the batch as {string.Join(" or ", JsonTypes.Concat(PskcTypes))}.");
        }

        // The batch readers are synchronous; the request body may only be read asynchronously.
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, cancellationToken);
        body.Position = 0;
        return TypedResults.Ok(json ? await inventory.ImportJsonAsync(body) : await inventory.ImportPskcAsync(body));
    }

    private static async Task<Ok<TokenInfo>> GetAsync(string serial, IGrainFactory grains)
        => TypedResults.Ok(await InfoAsync(Token(grains, serial)));

    private static async Task<Ok<TokenInfo>> UnlockAsync(string serial, UnlockBody body, IGrainFactory grains, HttpContext context)
    {
        var token = Token(grains, serial);
        await InfoAsync(token);
        await token.UnlockAsync(Require.Text(body.Reference, "reference"), BackOfficeOperator.Of(context));
        return TypedResults.Ok(await token.GetInfoAsync());
    }

    private static async Task<Ok<TokenInfo>> RevokeAsync(string serial, RevokeBody body, IGrainFactory grains, HttpContext context)
    {
        var token = Token(grains, serial);
        await token.RevokeAsync(Require.Text(body.Reason, "reason"), BackOfficeOperator.Of(context));
        return TypedResults.Ok(await token.GetInfoAsync());
    }

    private static ITokenGrain Token(IGrainFactory grains, string serial) => grains.GetGrain<ITokenGrain>(Require.Serial(serial));

    private static async Task<TokenInfo> InfoAsync(ITokenGrain token)
    {
        var info = await token.GetInfoAsync();
        return info.Status == TokenStatus.Unknown ? throw new DomainException(DomainError.NotFound, $"Token {info.Serial} is not in the inventory.") : info;
    }
}
