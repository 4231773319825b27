namespace Inkan.Silo.Runtime;

/// <summary>The silo's grain runtime: directory of activations, turns, timeouts and collection.</summary>
public sealed partial class GrainRuntime
{
    internal ValueTask<TResult> InvokeAsync<TGrain, TRequest, TResult>(GrainReference reference, TRequest request)
        where TRequest : struct, IGrainRequest<TGrain, TResult>
        where TGrain : class, IGrain
        => throw new NotImplementedException("Runtime under construction.");
}
