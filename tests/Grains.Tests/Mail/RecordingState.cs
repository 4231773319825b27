using Inkan.Silo;

namespace Inkan.Grains.Tests.Mail;

/// <summary>A persistent state that only records log appends, for testing what grains append.</summary>
internal sealed class RecordingState : IPersistentState<object>
{
    public List<(string Log, string Payload)> Appended { get; } = [];

    public object State { get; set; } = new();

    public string? Etag => null;

    public long Version => 0;

    public bool RecordExists => false;

    public void AppendToLog(string log, string payload) => Appended.Add((log, payload));

    public Task ClearStateAsync() => throw new NotSupportedException();

    public Task ReadStateAsync() => throw new NotSupportedException();

    public Task EnsureCurrentAsync() => Task.CompletedTask;

    public Task EnsureCurrentAsync(TimeSpan maxAge) => Task.CompletedTask;

    public Task WriteStateAsync() => throw new NotSupportedException();
}
