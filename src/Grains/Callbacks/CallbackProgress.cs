namespace Inkan.Grains.Callbacks;

/// <summary>
/// How far the callback relay has come through <see cref="CallbackLogs.Notices"/>: one common cursor, and the receivers
/// that lag behind it with a cursor of their own (a receiver is the callback URL's scheme, host and port).
/// </summary>
/// <param name="DeliveredThrough">Every notice up to this id is delivered or given up, for every receiver not in <paramref name="Lagging"/>.</param>
/// <param name="Lagging">Receiver → the id up to which its notices are delivered or given up, each below <paramref name="DeliveredThrough"/>.</param>
public sealed record CallbackProgress(long DeliveredThrough, IReadOnlyDictionary<string, long> Lagging)
{
    /// <summary>Whether any cursor here differs from <paramref name="other"/>'s.</summary>
    public bool DiffersFrom(CallbackProgress other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return DeliveredThrough != other.DeliveredThrough || Lagging.Count != other.Lagging.Count
            || Lagging.Any(r => !other.Lagging.TryGetValue(r.Key, out var own) || own != r.Value);
    }
}
