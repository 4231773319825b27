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

    /// <summary>Each transaction sent has exactly one <see cref="AuditEventType.ConfirmationSucceeded"/> in the chains of the tokens that confirmed them.</summary>
    public static async Task AssertAuthorizedOnceAsync(HttpClient client, IEnumerable<string> serials, ICollection<string> transactions)
    {
        var successes = new List<string>();
        foreach (var serial in serials)
        {
            successes.AddRange((await ReadAsync(client, serial)).Where(e => e.Record.EventType == AuditEventType.ConfirmationSucceeded).Select(e => e.Record.TransactionId ?? ""));
        }

        var perTransaction = successes.Where(transactions.Contains).GroupBy(id => id).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(transactions.Count, perTransaction.Count);
        Assert.All(perTransaction, p => Assert.True(p.Value == 1, $"{p.Key} authorized {p.Value} times in the audit trail"));
    }
}
