using Microsoft.Extensions.Logging;

namespace Integration.Connectors.Salesforce.Http;

/// <summary>The connector's log lines (source-generated); never carries tokens or secrets.</summary>
internal static partial class SalesforceLog
{
    [LoggerMessage(EventId = 3101, Level = LogLevel.Information, Message = "Salesforce {Connection}: access token acquired ({Grant}) for instance {InstanceUrl}")]
    public static partial void TokenAcquired(ILogger logger, string connection, string grant, Uri instanceUrl);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Information, Message = "Salesforce {Connection}: session expired or invalid, refreshing the access token and replaying {Method} {Path}")]
    public static partial void SessionRefresh(ILogger logger, string connection, string method, string path);

    [LoggerMessage(EventId = 3103, Level = LogLevel.Warning, Message = "Salesforce {Connection}: daily API usage {Used} of {Limit}")]
    public static partial void ApiUsageHigh(ILogger logger, string connection, long used, long limit);

    [LoggerMessage(EventId = 3104, Level = LogLevel.Information, Message = "Salesforce {Connection}: {Count} {ObjectName} record(s) failed with a retryable error; re-sending them in {Delay} (attempt {Attempt})")]
    public static partial void RecordRetry(ILogger logger, string connection, int count, string objectName, TimeSpan delay, int attempt);
}
