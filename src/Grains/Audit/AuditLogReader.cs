using System.Text.Json;
using Inkan.Grains.Hosting;
using Inkan.Grains.Tokens;
using Inkan.Silo;
using Inkan.Silo.Storage;

namespace Inkan.Grains.Audit;

/// <summary>Reads audit chains back from storage and verifies them against their recorded heads.</summary>
public sealed class AuditLogReader(IGrainStorage storage, IGrainFactory grains)
{
    private const int PageSize = 500;

    /// <summary>Up to <paramref name="maxCount"/> entries of <paramref name="chain"/> stored after log id <paramref name="afterId"/>, with their log ids.</summary>
    public async Task<IReadOnlyList<(long LogId, AuditEntry Entry)>> ReadAsync(string chain, long afterId, int maxCount, CancellationToken cancellationToken)
    {
        var stored = await storage.ReadLogAsync(AuditChains.LogName(chain), afterId, maxCount, cancellationToken);
        return [.. stored.Select(e => (e.Id, Parse(e)))];
    }

    /// <summary>Reads the whole of <paramref name="chain"/> in stored order.</summary>
    public async Task<IReadOnlyList<AuditEntry>> ReadAllAsync(string chain, CancellationToken cancellationToken)
    {
        var entries = new List<AuditEntry>();
        var afterId = 0L;
        while (true)
        {
            var page = await ReadAsync(chain, afterId, PageSize, cancellationToken);
            entries.AddRange(page.Select(p => p.Entry));
            if (page.Count < PageSize)
            {
                return entries;
            }

            afterId = page[^1].LogId;
        }
    }

    /// <summary>Verifies the stored <paramref name="chain"/> against the head its holder keeps (the token for a token's chain).</summary>
    public async Task<AuditVerification> VerifyAsync(string chain, CancellationToken cancellationToken)
    {
        var head = AuditChains.IsTokenChain(chain, out var serial)
            ? await grains.GetGrain<ITokenGrain>(serial).GetAuditHeadAsync()
            : await grains.GetGrain<IAuditGrain>(chain).GetHeadAsync();
        return AuditChain.Verify(await ReadAllAsync(chain, cancellationToken), head);
    }

    private static AuditEntry Parse(LogEntry stored)
    {
        try
        {
            return JsonSerializer.Deserialize(stored.Payload, GrainsJsonContext.Default.AuditEntry)
                ?? throw new InvalidDataException($"Audit log entry {stored.Id} is empty.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"Audit log entry {stored.Id} is not a valid audit entry.", e);
        }
    }
}
