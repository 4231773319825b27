using Inkan.Grains.Errors;
using Inkan.Protocol.Txa;

namespace Inkan.Gateway.Browser.Problems;

/// <summary>
/// Turns the domain's refusals and bad input into problem details, so that no bad request becomes a 500:
/// <see cref="DomainException"/> by its error, <see cref="TxaFormatException"/> and <see cref="ArgumentException"/> as 400
/// naming the field.
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
        catch (DomainException e)
        {
            return e.Error switch
            {
                DomainError.NotFound => BrowserProblems.NotFound(e.Message),
                DomainError.Forbidden => BrowserProblems.Of(StatusCodes.Status403Forbidden, "forbidden", "Not allowed.", e.Message),
                _ => BrowserProblems.Of(StatusCodes.Status409Conflict, "conflict", "The operation does not fit the current state.", e.Message),
            };
        }
        catch (TxaFormatException e)
        {
            return BrowserProblems.InvalidField(e.Field, e.Message);
        }
        catch (ArgumentException e)
        {
            return BrowserProblems.InvalidField(e.ParamName ?? "request", e.Message);
        }
    }
}
