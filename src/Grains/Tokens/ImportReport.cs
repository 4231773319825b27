namespace Inkan.Grains.Tokens;

/// <summary>What an import did: the serials added to stock and those already present (left untouched).</summary>
public sealed record ImportReport(string BatchId, IReadOnlyList<string> Imported, IReadOnlyList<string> AlreadyPresent);
