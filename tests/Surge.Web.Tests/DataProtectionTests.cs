using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Surge.Web.Tests;

/// <summary>Where the data-protection keys live, and what a node says about their encryption at start.</summary>
public sealed class DataProtectionTests
{
    [Fact]
    public void Start_WithoutCertificate_WarnsThatKeysAreUnencrypted()
    {
        using var factory = new ApiFactory();
        var logs = new Captured();
        using var node = factory.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(logs)));
        node.CreateClient();
        Assert.Contains(logs.Messages, m => m.Contains("unencrypted", StringComparison.Ordinal) && m.Contains(SurgeWebApp.DataProtectionCertificateKey, StringComparison.Ordinal));
    }

    [Fact]
    public void Start_CertificateMissing_RefusedNamingTheSetting()
    {
        using var factory = new ApiFactory();
        factory.Settings[SurgeWebApp.DataProtectionCertificateKey] = "/nonexistent/keys.pfx";
        var error = Assert.Throws<InvalidOperationException>(() => factory.CreateClient());
        Assert.Contains(SurgeWebApp.DataProtectionCertificateKey, error.Message, StringComparison.Ordinal);
        Assert.Contains("/nonexistent/keys.pfx", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Keys_StoredInTheDatabase()
    {
        using var factory = new ApiFactory();
        await Visitor.Of(factory).TokenAsync();
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={factory.DatabasePath}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM data_protection_keys";
        Assert.True((long)command.ExecuteScalar()! >= 1);
    }

    private sealed class Captured : ILoggerProvider
    {
        public ConcurrentQueue<string> Messages { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(Messages);

        public void Dispose()
        {
        }

        private sealed class Logger(ConcurrentQueue<string> messages) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (IsEnabled(logLevel))
                {
                    messages.Enqueue(formatter(state, exception));
                }
            }
        }
    }
}
