namespace Integration.Functions.LocalHost.Queues;

/// <summary>Log messages of the queue listener.</summary>
internal sealed partial class QueueTriggerListener
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "{FunctionLogName}: queue '{Queue}' does not exist; polling backs off until it is created.")]
    private static partial void LogQueueMissing(ILogger logger, string functionLogName, string queue);

    [LoggerMessage(Level = LogLevel.Error, Message = "{FunctionLogName}: polling queue '{Queue}' failed; backing off.")]
    private static partial void LogPollFailed(ILogger logger, string functionLogName, string queue, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "{FunctionLogName}: queue message '{MessageId}' could not be bound to the trigger parameter.")]
    private static partial void LogBindingFailed(ILogger logger, string functionLogName, string messageId, Exception exception);

    [LoggerMessage(Level = LogLevel.Debug, Message = "{FunctionLogName}: message '{MessageId}' stays invisible for another {ReceiveVisibilityTimeout}.")]
    private static partial void LogRenewed(ILogger logger, string functionLogName, string messageId, TimeSpan receiveVisibilityTimeout);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{FunctionLogName}: renewing the visibility of message '{MessageId}' failed; retrying sooner.")]
    private static partial void LogRenewalFailed(ILogger logger, string functionLogName, string messageId, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "{FunctionLogName}: completing message '{MessageId}' of queue '{Queue}' failed; it becomes visible again after its receive timeout.")]
    private static partial void LogCompletionFailed(ILogger logger, string functionLogName, string messageId, string queue, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{FunctionLogName}: message '{MessageId}' has reached MaxDequeueCount of {MaxDequeueCount}. Moving message to queue '{PoisonQueue}'.")]
    private static partial void LogMovingToPoison(ILogger logger, string functionLogName, string messageId, int maxDequeueCount, string poisonQueue);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{FunctionLogName}: message '{MessageId}' failed and queue '{Queue}' has no poison queue; it stays invisible until its receive timeout.")]
    private static partial void LogNoPoisonQueue(ILogger logger, string functionLogName, string messageId, string queue);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{FunctionLogName}: shutdown timeout reached with {Count} invocation(s) running; cancelling their tokens.")]
    private static partial void LogCancellingOnShutdown(ILogger logger, string functionLogName, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "{FunctionLogName}: {Count} invocation(s) ignored cancellation; their messages reappear after at most {ReceiveVisibilityTimeout}.")]
    private static partial void LogAbandoned(ILogger logger, string functionLogName, int count, TimeSpan receiveVisibilityTimeout);
}
