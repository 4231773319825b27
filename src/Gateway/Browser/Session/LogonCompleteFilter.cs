using Inkan.Gateway.Browser.Problems;
using Inkan.Grains.Policy;
using Inkan.Silo;

namespace Inkan.Gateway.Browser.Session;

/// <summary>
/// Lets a request through only once the logon decision is the top page: a user who must still register an OTP
/// address or a token (or has not skipped an optional registration) gets 403 <c>step_required</c>.
/// </summary>
public sealed class LogonCompleteFilter(IGrainFactory grains) : IEndpointFilter
{
    /// <inheritdoc />
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var user = BrowserUser.Of(context.HttpContext);
        var decision = await user.Grain(grains).DecideLogonAsync(user.SkippedTokenRegistration);
        return decision.Step == LogonStep.Proceed ? await next(context) : BrowserProblems.Step(decision.Step.ToString());
    }
}
