namespace Inkan.Silo.Storage;

/// <summary>A stored log entry; <see cref="Id"/> increases in commit order across all logs.</summary>
public sealed record LogEntry(long Id, string Log, string Payload);
