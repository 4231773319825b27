using Inkan.Gateway.Api.BackOffice;
using Inkan.Gateway.Tests.Api.Support;
using Inkan.Grains.Audit;

namespace Inkan.Gateway.Tests.Faults;

/// <summary>Reads a token's whole audit chain through the back office API, page by page.</summary>
public static class TokenAuditChain
{
    public static async Task<List<AuditEntry>> ReadAsync(HttpClient client, string serial)
    {
        ArgumentNullException.ThrowIfNull(client);
        var entries = new List<AuditEntry>();
        for (long? after = 0; after is { } afterId;)
        {
            var page = await (await client.GetAsync($"{ApiBank.BackOffice}/tokens/{serial}/audit?afterId={afterId}&limit=500")).ReadAsync<AuditPage>();
            entries.AddRange(page.Entries.Select(e => e.Entry));
            after = page.NextAfterId;
        }

        return entries;
    }
}
