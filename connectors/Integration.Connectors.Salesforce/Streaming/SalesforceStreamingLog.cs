using Microsoft.Extensions.Logging;

namespace Integration.Connectors.Salesforce.Streaming;

/// <summary>The change feed's log lines (source-generated); never carries tokens.</summary>
internal static partial class SalesforceStreamingLog
{
    [LoggerMessage(EventId = 3201, Level = LogLevel.Information, Message = "Salesforce {Stream}: subscribed with replay id {ReplayId} (client {ClientId})")]
    public static partial void Subscribed(ILogger logger, string stream, long replayId, string clientId);

    [LoggerMessage(EventId = 3202, Level = LogLevel.Information, Message = "Salesforce {Stream}: session refused ({Error}); handshaking again")]
    public static partial void Rehandshake(ILogger logger, string stream, string error);

    [LoggerMessage(EventId = 3203, Level = LogLevel.Information, Message = "Salesforce {Stream}: authentication invalid; refreshing the access token and handshaking again")]
    public static partial void AuthenticationInvalid(ILogger logger, string stream);

    [LoggerMessage(EventId = 3204, Level = LogLevel.Warning, Message = "Salesforce {Stream}: exchange failed ({Failures} in a row), retrying in {Delay}")]
    public static partial void ExchangeFailed(ILogger logger, string stream, int failures, TimeSpan delay, Exception exception);

    [LoggerMessage(EventId = 3205, Level = LogLevel.Warning, Message = "Salesforce {Stream}: replay id {ReplayId} is outside the retention window; resyncing {Objects} since {Since:o} and subscribing for new events")]
    public static partial void ReplayExpired(ILogger logger, string stream, long replayId, string objects, DateTimeOffset since);

    [LoggerMessage(EventId = 3206, Level = LogLevel.Information, Message = "Salesforce {Stream}: read window ended; disconnecting")]
    public static partial void WindowEnded(ILogger logger, string stream);

    [LoggerMessage(EventId = 3207, Level = LogLevel.Warning, Message = "Salesforce {Stream}: disconnect failed; the server drops the session after 40 s anyway")]
    public static partial void DisconnectFailed(ILogger logger, string stream, Exception exception);

    [LoggerMessage(EventId = 3208, Level = LogLevel.Information, Message = "Salesforce {Stream}: {Reason} for {ObjectName}")]
    public static partial void Resync(ILogger logger, string stream, string reason, string objectName);
}
