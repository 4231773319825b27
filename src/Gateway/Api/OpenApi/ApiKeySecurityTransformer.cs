using Inkan.Gateway.Api.Auth;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Inkan.Gateway.Api.OpenApi;

/// <summary>Declares the API-key security schemes in the OpenAPI document and requires one on every bank API operation.</summary>
public sealed class ApiKeySecurityTransformer : IOpenApiDocumentTransformer
{
    private const string BearerName = "bearer";

    /// <inheritdoc />
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Info.Title = "Inkan bank API";
        document.Info.Description = "Transaction authorization for bank systems. Every error is an RFC 7807 problem with a stable 'code' member.";
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[BearerName] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = BearerName,
            Description = "An Inkan API key (inkan.<id>.<secret>) as 'Authorization: Bearer <key>'.",
        };
        document.Components.SecuritySchemes[ApiKeyDefaults.HeaderName] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = ApiKeyDefaults.HeaderName,
            Description = "The same key in the X-Api-Key header.",
        };
        foreach (var (path, item) in document.Paths)
        {
            if (!path.StartsWith(BankApiRoutes.V1, StringComparison.Ordinal) || item.Operations is null)
            {
                continue;
            }

            foreach (var operation in item.Operations.Values)
            {
                operation.Security ??= [];
                operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerName, document)] = [] });
                operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiKeyDefaults.HeaderName, document)] = [] });
            }
        }

        return Task.CompletedTask;
    }
}
