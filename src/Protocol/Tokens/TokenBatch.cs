namespace Inkan.Protocol.Tokens;

/// <summary>A token batch as read from an import file: its identifier and its tokens, in file order.</summary>
/// <param name="BatchId">The batch identifier (see <see cref="TokenBatchId"/>).</param>
/// <param name="Tokens">The tokens; never empty, serials unique.</param>
public sealed record TokenBatch(string BatchId, IReadOnlyList<TokenRecord> Tokens);
