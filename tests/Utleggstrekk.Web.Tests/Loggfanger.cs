using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Utleggstrekk.Web.Tests;

/// <summary>A logger provider that keeps every line written (level, category, text, exception) for a test to read.</summary>
public sealed class Loggfanger : ILoggerProvider
{
    private readonly ConcurrentQueue<(LogLevel Nivaa, string Kategori, string Tekst, Exception? Unntak)> _linjer = new();

    public IReadOnlyList<(LogLevel Nivaa, string Kategori, string Tekst, Exception? Unntak)> Linjer => [.. _linjer];

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(Loggfanger eier, string kategori) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            eier._linjer.Enqueue((logLevel, kategori, formatter(state, exception), exception));
    }
}
