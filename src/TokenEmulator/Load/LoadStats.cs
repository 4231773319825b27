using System.Collections.Concurrent;

namespace Inkan.TokenEmulator.Load;

/// <summary>The running counts of a load run, shared by its workers and read by the progress line.</summary>
internal sealed class LoadStats
{
    private long _prepared;
    private long _authorized;
    private long _verifications;
    private long _wrongCodesRefused;
    private long _errors;

    /// <summary>Transactions a split run created ahead of their confirmations.</summary>
    public long Prepared => Interlocked.Read(ref _prepared);

    /// <summary>Transactions authorized: complete cycles.</summary>
    public long Authorized => Interlocked.Read(ref _authorized);

    /// <summary>Codes answered by the gateway, right and wrong.</summary>
    public long Verifications => Interlocked.Read(ref _verifications);

    /// <summary>Wrong codes sent on purpose and refused, as they should be.</summary>
    public long WrongCodesRefused => Interlocked.Read(ref _wrongCodesRefused);

    /// <summary>Cycles that went wrong, whatever the reason.</summary>
    public long Errors => Interlocked.Read(ref _errors);

    /// <summary>The errors by kind, e.g. <c>create 429 rate-limited</c> or <c>confirm TokenLocked</c>.</summary>
    public ConcurrentDictionary<string, long> ErrorsByKind { get; } = new(StringComparer.Ordinal);

    public void CountPrepared() => Interlocked.Increment(ref _prepared);

    public void CountAuthorized() => Interlocked.Increment(ref _authorized);

    public void CountVerification() => Interlocked.Increment(ref _verifications);

    public void CountWrongCodeRefused() => Interlocked.Increment(ref _wrongCodesRefused);

    public void CountError(string kind)
    {
        Interlocked.Increment(ref _errors);
        ErrorsByKind.AddOrUpdate(kind, 1, (_, n) => n + 1);
    }
}
