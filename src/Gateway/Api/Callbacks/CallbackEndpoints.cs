using Inkan.Grains.Callbacks;
using Inkan.Silo;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Inkan.Gateway.Api.Callbacks;

/// <summary><c>/api/v1/backoffice/callbacks/failures</c>: the callbacks the relay gave up on.</summary>
public static class CallbackEndpoints
{
    /// <summary>Maps the endpoint under <paramref name="backOffice"/>.</summary>
    public static void MapCallbacks(this RouteGroupBuilder backOffice)
        => backOffice.MapGet("/callbacks/failures", FailuresAsync).WithTags("Back office: callbacks")
            .WithSummary("The most recent callbacks given up on, oldest first.");

    private static async Task<Ok<IReadOnlyList<CallbackFailure>>> FailuresAsync(IGrainFactory grains)
        => TypedResults.Ok<IReadOnlyList<CallbackFailure>>((await grains.GetGrain<ICallbackRelayGrain>(CallbackLogs.Notices).GetAsync()).Failures);
}
