using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace DrillPlatform.Tests.Sms;

/// <summary>Keeps every log line and every structured value, to prove what never reaches a log.</summary>
public sealed class LogCapture : ILoggerProvider
{
    public ConcurrentQueue<string> Lines { get; } = new();

    public ILogger<T> For<T>() => new LoggerFactory([this]).CreateLogger<T>();

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    public void Dispose() { }

    private sealed class Logger(LogCapture capture) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            capture.Lines.Enqueue(formatter(state, exception));
            if (state is IEnumerable<KeyValuePair<string, object?>> values)
                foreach (var (key, value) in values) capture.Lines.Enqueue($"{key}={value}");
            if (exception is not null) capture.Lines.Enqueue(exception.ToString());
        }
    }
}
