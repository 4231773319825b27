using System.Text.Json.Serialization;
using Inkan.Gateway.Api.Auth;
using Inkan.Gateway.Api.BackOffice;
using Inkan.Gateway.Api.Callbacks;
using Inkan.Gateway.Api.OpenApi;
using Inkan.Gateway.Api.Problems;
using Inkan.Gateway.Api.RateLimiting;
using Inkan.Gateway.Api.Transactions;
using Inkan.Gateway.Api.Users;
using Inkan.Gateway.Demo;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.Json;

namespace Inkan.Gateway.Api;

/// <summary>
/// The bank-system HTTP API under <c>/api/v1</c>: API-key authentication with scopes, RFC 7807 problems with stable
/// codes, rate limits, the OpenAPI document at <c>/openapi/v1.json</c>, callbacks, and the demo data of the embedded default.
/// </summary>
public static class BankApiExtensions
{
    /// <summary>Adds the API's services; the host must run the silo (<c>AddInkanSilo</c>).</summary>
    public static WebApplicationBuilder AddBankApi(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddProblemDetails();
        services.Configure<Microsoft.AspNetCore.Http.ProblemDetailsOptions>(o =>
        {
            var previous = o.CustomizeProblemDetails;
            o.CustomizeProblemDetails = context =>
            {
                previous?.Invoke(context);
                ProblemDefaults.Apply(context);
            };
        });
        services.AddExceptionHandler<ApiExceptionHandler>();
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyDefaults.Scheme, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(ApiKeyDefaults.TransactionsPolicy, p => p.AddAuthenticationSchemes(ApiKeyDefaults.Scheme).RequireClaim(ApiKeyDefaults.ScopeClaim, ApiKeyDefaults.TransactionsPolicy))
            .AddPolicy(ApiKeyDefaults.BackOfficePolicy, p => p.AddAuthenticationSchemes(ApiKeyDefaults.Scheme).RequireClaim(ApiKeyDefaults.ScopeClaim, ApiKeyDefaults.BackOfficePolicy));
        services.AddBankRateLimits(builder.Configuration);
        services.AddOpenApi(o => o.AddDocumentTransformer<ApiKeySecurityTransformer>());
        services.AddSingleton<ApiKeyIssuer>();
        services.AddHostedService<ConfiguredApiKeys>();
        builder.AddCallbackRelay();
        builder.AddDemoData();
        return builder;
    }

    /// <summary>
    /// Maps the API with problems for its errors under <c>/api</c>. Authentication, authorization and rate limiting
    /// are the host's shared middleware (Program.cs), after this call.
    /// </summary>
    public static WebApplication MapBankApi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseProblemsUnder(BankApiRoutes.Root);
        app.MapOpenApi();
        var v1 = app.MapGroup(BankApiRoutes.V1);
        v1.MapTransactions();
        v1.MapLogon();
        v1.MapOtpAddress();
        var backOffice = v1.MapGroup("/backoffice").RequireAuthorization(ApiKeyDefaults.BackOfficePolicy);
        backOffice.MapContracts();
        backOffice.MapUsers();
        backOffice.MapTokens();
        backOffice.MapAudit();
        backOffice.MapApiKeys();
        backOffice.MapCallbacks();
        return app;
    }
}
