namespace Inkan.Silo;

/// <summary>
/// Marker for grain interfaces. Every method of a grain interface returns
/// <see cref="Task"/>, <see cref="Task{TResult}"/>, <see cref="ValueTask"/> or <see cref="ValueTask{TResult}"/>.
/// </summary>
#pragma warning disable CA1040 // A marker interface is the programming model, as in Orleans.
public interface IGrain;
#pragma warning restore CA1040
