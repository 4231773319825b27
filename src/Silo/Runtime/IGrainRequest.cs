namespace Inkan.Silo.Runtime;

/// <summary>
/// One call of a grain method with its arguments, generated per method as a struct so that a call
/// that runs at once allocates nothing.
/// </summary>
public interface IGrainRequest<in TGrain, TResult>
{
    /// <summary>The method's name, for timeouts, logs and metrics.</summary>
    string MethodName { get; }

    /// <summary>Calls the method on the activation's grain object.</summary>
    ValueTask<TResult> Invoke(TGrain grain);
}
