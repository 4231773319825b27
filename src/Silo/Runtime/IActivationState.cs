namespace Inkan.Silo.Runtime;

/// <summary>A piece of durable state that an activation loads before its grain's OnActivateAsync.</summary>
internal interface IActivationState
{
    Task LoadAsync(CancellationToken cancellationToken);
}
