using Microsoft.Extensions.Logging;

namespace Inkan.Silo.Storage;

/// <summary>The storage's log messages.</summary>
internal static partial class StorageLog
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Error, Message = "Storage batch of {Writes} writes failed; every write of it fails.")]
    public static partial void BatchFailed(ILogger logger, int writes, Exception exception);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Debug, Message = "Version conflict on state {StateType} of key {Key}: expected {Expected}, found {Found}.")]
    public static partial void Conflict(ILogger logger, string stateType, string key, long expected, long found);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Warning, Message = "Storage batch hit a transient database error (attempt {Attempt}); retrying.")]
    public static partial void BatchRetried(ILogger logger, int attempt, Exception exception);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Information, Message = "Storage schema at version {Version} ({Provider}).")]
    public static partial void SchemaReady(ILogger logger, int version, string provider);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Warning, Message = "A storage metrics listener failed; the batch it measured is committed and acknowledged.")]
    public static partial void MetricsFailed(ILogger logger, Exception exception);
}
