namespace Inkan.Protocol.Tokens;

/// <summary>The checks every batch writer makes before writing anything: a valid id, at least one token, unique serials.</summary>
internal static class TokenBatchWriting
{
    public static IReadOnlyList<TokenRecord> Check(IEnumerable<TokenRecord> tokens, string batchId)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        TokenBatchId.Validate(batchId, nameof(batchId));
        var list = tokens.ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("A batch needs at least one token.", nameof(tokens));
        }

        if (list.Any(t => t is null))
        {
            throw new ArgumentException("A batch cannot contain null tokens.", nameof(tokens));
        }

        var repeated = list.GroupBy(t => t.Serial, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        return repeated is null
            ? list
            : throw new ArgumentException($"The serial {repeated.Key} appears more than once.", nameof(tokens));
    }
}
