using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Inkan.Gateway.Tests.Mail;

/// <summary>A logger provider that keeps every formatted message (with its exception) for assertions.</summary>
public sealed class LogCollector : ILoggerProvider
{
    public ConcurrentQueue<string> Messages { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    public void Dispose()
    {
    }

    private sealed class Logger(LogCollector collector) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            collector.Messages.Enqueue($"{logLevel}: {formatter(state, exception)} {exception}");
    }
}
