namespace Integration.Functions.LocalHost.Timers;

internal sealed partial class TimerTriggerListener
{
    /// <summary>Log events of timer listeners; tests await them by name.</summary>
    internal static partial class Log
    {
        [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Timer '{FunctionName}' listens: schedule '{Schedule}', monitor {UseMonitor}, next occurrence {Next:o}.")]
        public static partial void Listening(ILogger logger, string functionName, string schedule, bool useMonitor, DateTimeOffset next);

        [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Timer '{FunctionName}' acquired the listener lease '{LockBlob}'.")]
        public static partial void LeaseAcquired(ILogger logger, string functionName, string lockBlob);

        [LoggerMessage(EventId = 3, Level = LogLevel.Debug, Message = "Timer '{FunctionName}': another instance holds '{LockBlob}'; retrying every {Interval}.")]
        public static partial void LeaseHeldElsewhere(ILogger logger, string functionName, string lockBlob, TimeSpan interval);

        [LoggerMessage(EventId = 4, Level = LogLevel.Information, Message = "Timer '{FunctionName}' released the listener lease '{LockBlob}'.")]
        public static partial void LeaseReleased(ILogger logger, string functionName, string lockBlob);

        [LoggerMessage(EventId = 5, Level = LogLevel.Error, Message = "Timer '{FunctionName}' lost the listener lease '{LockBlob}'; it stops listening and competes for the lease again.")]
        public static partial void LeaseLost(ILogger logger, string functionName, string lockBlob, Exception exception);

        [LoggerMessage(EventId = 6, Level = LogLevel.Warning, Message = "Timer '{FunctionName}': storage call on '{LockBlob}' failed; retrying.")]
        public static partial void LeaseStorageFailed(ILogger logger, string functionName, string lockBlob, Exception exception);

        [LoggerMessage(EventId = 7, Level = LogLevel.Information, Message = "Timer '{FunctionName}' runs ({Reason}) for occurrence {Occurrence:o}.")]
        public static partial void Invoking(ILogger logger, string functionName, InvocationReason reason, DateTimeOffset occurrence);

        [LoggerMessage(EventId = 8, Level = LogLevel.Information, Message = "Timer '{FunctionName}' run succeeded in {Duration}.")]
        public static partial void Invoked(ILogger logger, string functionName, TimeSpan duration);

        [LoggerMessage(EventId = 9, Level = LogLevel.Error, Message = "Timer '{FunctionName}' run failed; the schedule goes on.")]
        public static partial void InvocationFailed(ILogger logger, string functionName, Exception exception);

        [LoggerMessage(EventId = 10, Level = LogLevel.Warning, Message = "Timer '{FunctionName}' run was cancelled.")]
        public static partial void InvocationCanceled(ILogger logger, string functionName);

        [LoggerMessage(EventId = 11, Level = LogLevel.Warning, Message = "Timer '{FunctionName}': status blob '{StatusBlob}' could not be read; starting from a fresh status.")]
        public static partial void StatusUnreadable(ILogger logger, string functionName, string statusBlob, Exception exception);

        [LoggerMessage(EventId = 12, Level = LogLevel.Error, Message = "Timer '{FunctionName}' failed to update status blob '{StatusBlob}'.")]
        public static partial void StatusWriteFailed(ILogger logger, string functionName, string statusBlob, Exception? exception);

        [LoggerMessage(EventId = 13, Level = LogLevel.Warning, Message = "Timer '{FunctionName}': the running invocation outlived the stop grace period of {GracePeriod}; cancelling it.")]
        public static partial void StopGraceElapsed(ILogger logger, string functionName, TimeSpan gracePeriod);
    }
}
