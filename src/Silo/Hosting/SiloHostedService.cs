using Inkan.Silo.Runtime;
using Microsoft.Extensions.Hosting;

namespace Inkan.Silo.Hosting;

/// <summary>Starts the runtime with the host and shuts it down gracefully with it.</summary>
internal sealed class SiloHostedService(GrainRuntime runtime) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => runtime.StartAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => runtime.StopAsync(cancellationToken);
}
