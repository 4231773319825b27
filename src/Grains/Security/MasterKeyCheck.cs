using Inkan.Silo;
using Microsoft.Extensions.Hosting;

namespace Inkan.Grains.Security;

/// <summary>
/// Stops the host at start when its master key is not the database's (<see cref="IMasterKeyCheckGrain"/>). Register it
/// after the silo, so that it starts once grains can be called.
/// </summary>
public sealed class MasterKeyCheck(IGrainFactory grains) : IHostedService
{
    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var check = grains.GetGrain<IMasterKeyCheckGrain>(MasterKeyCheckGrain.Key);
        bool matches;
        try
        {
            matches = await check.VerifyAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (InconsistentStateException)
        {
            // Another node sealed it at the same moment: this write stored nothing, and the fresh activation reads that seal.
            matches = await check.VerifyAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
        }

        if (!matches)
        {
            throw new InvalidOperationException(
                "Inkan:KeyProtection:MasterKey is not the key this database was written with: every node on one database needs the same master key.");
        }
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
