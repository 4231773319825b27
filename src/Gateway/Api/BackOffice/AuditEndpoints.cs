using Inkan.Gateway.Api.Problems;
using Inkan.Grains.Audit;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Inkan.Gateway.Api.BackOffice;

/// <summary>
/// The audit trail: <c>/api/v1/backoffice/audit/bank</c> (inventory events),
/// <c>/api/v1/backoffice/contracts/{contractId}/audit</c> (users, challenges, issued tokens) and
/// <c>/api/v1/backoffice/tokens/{serial}/audit</c> (the token's own events: codes, lock, unlock, revocation),
/// each paged and with its hash-chain verification.
/// </summary>
public static class AuditEndpoints
{
    private const int MaxLimit = 500;

    /// <summary>Maps the endpoints under <paramref name="backOffice"/>.</summary>
    public static void MapAudit(this RouteGroupBuilder backOffice)
    {
        var audit = backOffice.MapGroup("/").WithTags("Back office: audit trail");
        audit.MapGet("/audit/bank", (long? afterId, int? limit, AuditLogReader reader, CancellationToken ct) => PageAsync(AuditChains.Bank, afterId, limit, reader, ct))
            .WithSummary("The bank's audit chain (token imports), in stored order.");
        audit.MapGet("/audit/bank/verification", (AuditLogReader reader, CancellationToken ct) => VerifyAsync(AuditChains.Bank, reader, ct))
            .WithSummary("Verifies the bank's audit hash chain against its recorded head.");
        audit.MapGet("/contracts/{contractId}/audit", (string contractId, long? afterId, int? limit, AuditLogReader reader, CancellationToken ct)
            => PageAsync(ContractChain(contractId), afterId, limit, reader, ct)).WithSummary("The contract's audit chain, in stored order.");
        audit.MapGet("/contracts/{contractId}/audit/verification", (string contractId, AuditLogReader reader, CancellationToken ct)
            => VerifyAsync(ContractChain(contractId), reader, ct)).WithSummary("Verifies the contract's audit hash chain against its recorded head.");
        audit.MapGet("/tokens/{serial}/audit", (string serial, long? afterId, int? limit, AuditLogReader reader, CancellationToken ct)
            => PageAsync(TokenChain(serial), afterId, limit, reader, ct)).WithSummary("The token's audit chain (codes, lock, unlock, revocation), in stored order.");
        audit.MapGet("/tokens/{serial}/audit/verification", (string serial, AuditLogReader reader, CancellationToken ct)
            => VerifyAsync(TokenChain(serial), reader, ct)).WithSummary("Verifies the token's audit hash chain against the head the token keeps.");
    }

    private static string ContractChain(string contractId) => AuditChains.ForContract(Require.ContractId(contractId));

    private static string TokenChain(string serial) => AuditChains.ForToken(Require.Serial(serial));

    private static async Task<Ok<AuditPage>> PageAsync(string chain, long? afterId, int? limit, AuditLogReader reader, CancellationToken cancellationToken)
    {
        if (afterId < 0)
        {
            throw new ApiValidationException("afterId", "afterId must not be negative.");
        }

        if (limit is < 1 or > MaxLimit)
        {
            throw new ApiValidationException("limit", $"limit must be from 1 to {MaxLimit}.");
        }

        var max = limit ?? 100;
        var page = await reader.ReadAsync(chain, afterId ?? 0, max, cancellationToken);
        var entries = page.Select(p => new AuditPageEntry(p.LogId, p.Entry)).ToList();
        return TypedResults.Ok(new AuditPage(chain, entries, entries.Count == max ? entries[^1].LogId : null));
    }

    private static async Task<Ok<AuditVerification>> VerifyAsync(string chain, AuditLogReader reader, CancellationToken cancellationToken)
        => TypedResults.Ok(await reader.VerifyAsync(chain, cancellationToken));
}
