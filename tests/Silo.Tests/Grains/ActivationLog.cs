using System.Collections.Concurrent;

namespace Inkan.Silo.Tests.Grains;

/// <summary>Records activations and deactivations of test grains, per key.</summary>
public sealed class ActivationLog
{
    private readonly ConcurrentDictionary<string, int> _activations = new();

    public ConcurrentQueue<(string Key, DeactivationReason Reason)> Deactivations { get; } = new();

    public void Activated(string key) => _activations.AddOrUpdate(key, 1, (_, n) => n + 1);

    public void Deactivated(string key, DeactivationReason reason) => Deactivations.Enqueue((key, reason));

    public int ActivationsOf(string key) => _activations.GetValueOrDefault(key);

    /// <summary>Values that grains announced as side effects of durable writes, by key.</summary>
    public ConcurrentDictionary<string, int> Announcements { get; } = new();

    /// <summary>A key whose announcements throw, as a failing side effect would.</summary>
    public string? FailingKey { get; set; }

    public void Announced(string key, int value)
    {
        if (key == FailingKey)
        {
            throw new InvalidOperationException($"announcement of {key} failed");
        }

        Announcements[key] = value;
    }
}
