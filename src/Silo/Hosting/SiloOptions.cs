namespace Inkan.Silo.Hosting;

/// <summary>Runtime settings of the silo.</summary>
public sealed class SiloOptions
{
    /// <summary>How long a call may wait for its answer before it fails with <see cref="GrainCallTimeoutException"/>.</summary>
    public TimeSpan ResponseTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Default idle time after which an activation is deactivated.</summary>
    public TimeSpan CollectionAge { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How often the collector looks for idle activations and late calls.</summary>
    public TimeSpan CollectionQuantum { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Per grain class idle limits that override <see cref="CollectionAge"/> and <see cref="CollectionAgeLimitAttribute"/>.</summary>
    public Dictionary<Type, TimeSpan> CollectionAgeByGrainType { get; } = [];

    /// <summary>How long a graceful shutdown waits for running turns and pending writes.</summary>
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
