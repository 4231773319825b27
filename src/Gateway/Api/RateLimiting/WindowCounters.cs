using System.Collections.Concurrent;

namespace Inkan.Gateway.Api.RateLimiting;

/// <summary>
/// Fixed-window request counts for keys that are many and short-lived, such as one per transaction. All keys share
/// one window, aligned to multiples of its length, so a new window drops every old count at once instead of visiting
/// each key: the cost of a request does not grow with the number of keys seen.
/// </summary>
public sealed class WindowCounters(FixedWindowLimit limit, TimeProvider time)
{
    private Window _current = new(long.MinValue);

    /// <summary>Counts a request of <paramref name="key"/>; false, with the wait until the next window, when the window's limit is spent.</summary>
    public bool TryAcquire(LimitKey key, out TimeSpan retryAfter)
    {
        var now = time.GetUtcNow().UtcTicks;
        var window = CurrentWindow(now / limit.Window.Ticks);
        var count = window.Counts.AddOrUpdate(key, 1, static (_, count) => count + 1);
        retryAfter = TimeSpan.FromTicks(((window.Number + 1) * limit.Window.Ticks) - now);
        return count <= limit.PermitLimit;
    }

    private Window CurrentWindow(long number)
    {
        var current = Volatile.Read(ref _current);
        while (current.Number < number)
        {
            // A request that raced the switch may count in the window just left: at a boundary, as any fixed window allows.
            var next = new Window(number);
            var seen = Interlocked.CompareExchange(ref _current, next, current);
            current = ReferenceEquals(seen, current) ? next : seen;
        }

        return current;
    }

    private sealed class Window(long number)
    {
        public long Number { get; } = number;

        public ConcurrentDictionary<LimitKey, int> Counts { get; } = new();
    }
}
