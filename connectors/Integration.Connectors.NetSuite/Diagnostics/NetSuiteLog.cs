using Microsoft.Extensions.Logging;

namespace Integration.Connectors.NetSuite.Diagnostics;

/// <summary>The connector's source-generated log messages (structured fields; never a secret).</summary>
internal static partial class NetSuiteLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Warning,
        Message = "NetSuite account {Account} refused {Method} {Path} with CONCURRENCY_LIMIT_EXCEEDED; retry {Attempt} of {MaxAttempts} in {DelayMs} ms")]
    public static partial void ConcurrencyLimitRetry(ILogger logger, string account, string method, string path, int attempt, int maxAttempts, long delayMs);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information,
        Message = "NetSuite poll of {Stream}: {Changes} changes and {Deletes} deletes up to {Horizon:o}")]
    public static partial void PollCompleted(ILogger logger, string stream, int changes, int deletes, DateTimeOffset horizon);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning,
        Message = "NetSuite webhook for connection {Connection} rejected with {Status}: {Reason}")]
    public static partial void WebhookRejected(ILogger logger, string connection, int status, string reason);
}
