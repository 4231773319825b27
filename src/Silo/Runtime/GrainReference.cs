namespace Inkan.Silo.Runtime;

/// <summary>
/// Base of the generated grain references: what a caller holds instead of the grain. Its methods
/// package the call as a request and hand it to the runtime.
/// </summary>
public abstract class GrainReference(GrainId grainId, GrainRuntime runtime)
{
    /// <summary>The grain this reference addresses.</summary>
    public GrainId GrainId { get; } = grainId;

    /// <summary>The activation this reference last reached, kept to skip the directory lookup.</summary>
    internal Activation? CachedActivation;

    /// <summary>Sends <paramref name="request"/> to the grain.</summary>
    protected ValueTask<TResult> InvokeAsync<TGrain, TRequest, TResult>(TRequest request)
        where TRequest : struct, IGrainRequest<TGrain, TResult>
        where TGrain : class, IGrain
        => runtime.InvokeAsync<TGrain, TRequest, TResult>(this, request);

    /// <summary>Turns the runtime's answer of a method without a value into a <see cref="Task"/>.</summary>
    protected static Task ToTask(ValueTask<VoidResult> result)
        => result.IsCompletedSuccessfully ? Task.CompletedTask : result.AsTask();

    /// <summary>Turns the runtime's answer of a method without a value into a <see cref="ValueTask"/>.</summary>
    protected static ValueTask ToValueTask(ValueTask<VoidResult> result)
        => result.IsCompletedSuccessfully ? default : new ValueTask(result.AsTask());

    /// <summary>Wraps a grain method's <see cref="Task"/> as a request result.</summary>
    public static ValueTask<VoidResult> FromTask(Task task)
        => task.IsCompletedSuccessfully ? default : Await(task);

    /// <summary>Wraps a grain method's <see cref="ValueTask"/> as a request result.</summary>
    public static ValueTask<VoidResult> FromValueTask(ValueTask task)
        => task.IsCompletedSuccessfully ? default : Await(task.AsTask());

    private static async ValueTask<VoidResult> Await(Task task)
    {
        await task;
        return default;
    }

    /// <inheritdoc />
    public override string ToString() => GrainId.ToString();
}
