namespace Inkan.Silo;

/// <summary>
/// A grain call got no answer within the silo's response timeout, for example because
/// non-reentrant grains called each other in a cycle.
/// </summary>
public sealed class GrainCallTimeoutException : TimeoutException
{
    /// <summary>Creates the exception for a call to <paramref name="grain"/>.<paramref name="method"/>.</summary>
    public GrainCallTimeoutException(GrainId grain, string method, TimeSpan timeout)
        : base($"The call {grain}.{method} got no answer within {timeout.TotalSeconds:0.###} s (a call cycle between non-reentrant grains, or a turn that never ends).")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public GrainCallTimeoutException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public GrainCallTimeoutException()
    {
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    public GrainCallTimeoutException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
