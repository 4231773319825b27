using Inkan.Gateway.Api.Problems;
using Inkan.Grains.Errors;
using Inkan.Protocol.Txa;

namespace Inkan.Gateway.Browser.Problems;

/// <summary>
/// Answers the domain's refusals and bad input on the browser endpoints with the bank API's problems
/// (<see cref="ApiExceptionHandler.Map"/>), so that no bad request becomes a 500; other exceptions go on up.
/// </summary>
public sealed class BrowserErrorFilter : IEndpointFilter
{
    /// <inheritdoc />
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        try
        {
            return await next(context);
        }
        catch (Exception e) when (e is DomainException or TxaFormatException or ArgumentException or ApiValidationException)
        {
            return Results.Problem(ApiExceptionHandler.Map(e));
        }
    }
}
