namespace Inkan.Silo.Storage;

/// <summary>An entry to append to an append-only log.</summary>
public sealed record LogAppend(string Log, string Payload);
