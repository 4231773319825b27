using Inkan.Grains.Callbacks;

namespace Inkan.Gateway.Api.Callbacks;

/// <summary>
/// This node's copy of the delivery cursors the relay grain stores, and the ones to store after a pass: receivers that
/// lag keep a cursor of their own, so that the common cursor moves on past them and a restart sends little again.
/// </summary>
public sealed class CallbackCursors
{
    private CallbackProgress _saved = new(0, new Dictionary<string, long>());

    /// <summary>The common cursor: every notice up to it is done, for every receiver not in <see cref="Lagging"/>.</summary>
    public long DeliveredThrough => _saved.DeliveredThrough;

    /// <summary>The receivers with a cursor of their own, below the common one.</summary>
    public IReadOnlyDictionary<string, long> Lagging => _saved.Lagging;

    /// <summary>The id up to which every notice of <paramref name="receiver"/> is stored as done.</summary>
    public long Of(string receiver) => Lagging.TryGetValue(receiver, out var own) ? own : DeliveredThrough;

    /// <summary>Takes the cursors as the grain stores them.</summary>
    public void Load(CallbackProgress saved) => _saved = saved ?? throw new ArgumentNullException(nameof(saved));

    /// <summary>
    /// The cursors to store after a pass over <paramref name="lanes"/>, or null when they have not moved. The receivers
    /// already listed and the lanes that lag (the furthest behind first, up to the grain's cap) keep their own cursor
    /// while it is behind the common one, which is as far as every other receiver is done.
    /// </summary>
    public CallbackProgress? Next(CallbackLanes lanes)
    {
        ArgumentNullException.ThrowIfNull(lanes);
        long Done(string receiver) => Math.Max(lanes.DoneThrough(receiver), Of(receiver));
        var lagging = lanes.All.Where(l => l.Value.IsLagging && !Lagging.ContainsKey(l.Key)).Select(l => l.Key).OrderBy(Done);
        var listed = Lagging.Keys.Concat(lagging).Take(CallbackRelayGrain.MaxLaggingReceivers).ToHashSet();
        var through = lanes.All.Keys.Where(r => !listed.Contains(r)).Select(Done).Append(lanes.ReadThrough).Min();
        var next = new CallbackProgress(through, listed.Select(r => (Receiver: r, Through: Done(r))).Where(r => r.Through < through).ToDictionary(r => r.Receiver, r => r.Through));
        return next.DiffersFrom(_saved) ? next : null;
    }
}
