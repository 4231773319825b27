using System.Security.Cryptography;
using Inkan.Grains.Audit;
using Inkan.Protocol.Tokens;
using Inkan.Silo;

namespace Inkan.Grains.Tokens;

/// <summary>
/// Imports token batches (JSON or RFC 6030 PSKC) into stock: each key is encrypted before it reaches a
/// grain and the plain copy is wiped. A serial already in the inventory keeps its stored key. Each token records
/// its import in its own audit chain; the bank's inventory chain then lists the serials the batch added.
/// </summary>
public sealed class TokenInventory(IGrainFactory grains, Security.TokenKeyProtector protector)
{
    /// <summary>Imports a JSON batch file; <see cref="TokenBatchFormatException"/> names what is wrong with it.</summary>
    public Task<ImportReport> ImportJsonAsync(Stream stream) => ImportAsync(TokenBatchJson.Read(stream));

    /// <summary>Imports a PSKC document with plain key values; <see cref="TokenBatchFormatException"/> names what is wrong with it.</summary>
    public Task<ImportReport> ImportPskcAsync(Stream stream) => ImportAsync(PskcDocument.Read(stream));

    /// <summary>Imports a batch already read.</summary>
    public async Task<ImportReport> ImportAsync(TokenBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var results = await Task.WhenAll(batch.Tokens.Select(async token =>
        {
            var import = new TokenImport(protector.Protect(token.Serial, token.Key), batch.BatchId);
            CryptographicOperations.ZeroMemory(token.Key);
            return (token.Serial, Added: await grains.GetGrain<ITokenGrain>(token.Serial).ImportAsync(import));
        }));
        foreach (var (serial, _) in results.Where(r => r.Added))
        {
            await grains.AppendAuditAsync(AuditChains.Bank, new AuditRecord(AuditEventType.TokenImported, TokenSerial: serial, Details: "batch=" + batch.BatchId));
        }

        return new ImportReport(
            batch.BatchId,
            [.. results.Where(r => r.Added).Select(r => r.Serial)],
            [.. results.Where(r => !r.Added).Select(r => r.Serial)]);
    }
}
