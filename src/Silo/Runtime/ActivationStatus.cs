namespace Inkan.Silo.Runtime;

/// <summary>Lifecycle of an activation.</summary>
internal enum ActivationStatus
{
    Created,
    Valid,
    Deactivating,
    Dead,
}
