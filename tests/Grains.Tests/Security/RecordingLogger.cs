using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Inkan.Grains.Tests.Security;

/// <summary>A logger that keeps every formatted message, for asserting what was (not) logged.</summary>
internal sealed class RecordingLogger<T> : ILogger<T>
{
    public ConcurrentQueue<string> Messages { get; } = new();

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        => Messages.Enqueue(formatter(state, exception));
}
