using System.Diagnostics;
using System.Reflection;
using System.Runtime.ExceptionServices;
using Integration.Functions.LocalHost.Catalog;
using Integration.Functions.LocalHost.HostJson;
using Microsoft.Extensions.Options;

namespace Integration.Functions.LocalHost.Invocation;

/// <summary>
/// Runs one invocation as the Functions host does: a DI scope per invocation, the function class built with
/// constructor injection, parameters bound, the return awaited, host.json <c>functionTimeout</c> enforced by
/// cancelling the invocation's token, and the host's "Executing/Executed" log lines in a scope carrying
/// FunctionName and InvocationId. Trigger sources (HTTP, queues, timers) all call <see cref="InvokeAsync"/>.
/// </summary>
public sealed partial class FunctionInvoker(
    IServiceScopeFactory scopes,
    IOptions<FunctionHostOptions> hostOptions,
    ILoggerFactory loggerFactory,
    TimeProvider timeProvider)
{
    /// <summary>
    /// Invokes <paramref name="function"/>. Never throws for a function failure: the outcome is in the result.
    /// <paramref name="cancellationToken"/> is the trigger's (request aborted, host shutdown) and reaches the function.
    /// </summary>
    public async Task<FunctionResult> InvokeAsync(FunctionDescriptor function, InvocationRequest invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(function);
        ArgumentNullException.ThrowIfNull(invocation);
        var invocationId = Guid.NewGuid();
        var logger = loggerFactory.CreateLogger($"Function.{function.Name}");
        using var logScope = logger.BeginScope(new Dictionary<string, object>
        {
            ["FunctionName"] = function.Name,
            ["InvocationId"] = invocationId,
        });

        var timeout = hostOptions.Value.FunctionTimeout;
        using var timeoutSource = timeout is { } t ? new CancellationTokenSource(t, timeProvider) : new CancellationTokenSource();
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeoutSource.Token);
        using var timeoutLog = timeoutSource.Token.Register(() => LogTimeout(logger, timeout ?? TimeSpan.Zero, function.LogName, invocationId));

        LogExecuting(logger, function.LogName, invocation.Reason, invocationId);
        var started = Stopwatch.GetTimestamp();
        try
        {
            var returned = await RunAsync(function, invocation, linked.Token);
            var duration = Stopwatch.GetElapsedTime(started);
            LogExecuted(logger, function.LogName, "Succeeded", invocationId, (long)duration.TotalMilliseconds);
            return new FunctionResult(invocationId, FunctionOutcome.Succeeded, returned, null, duration);
        }
        catch (Exception ex)
        {
            var duration = Stopwatch.GetElapsedTime(started);
            var (outcome, error) = timeoutSource.IsCancellationRequested
                ? (FunctionOutcome.TimedOut, new TimeoutException($"Timeout value of {timeout} exceeded by function '{function.LogName}' (Id: '{invocationId}').", ex))
                : cancellationToken.IsCancellationRequested && ex is OperationCanceledException
                    ? (FunctionOutcome.Cancelled, ex)
                    : (FunctionOutcome.Failed, ex);
            LogFailed(logger, function.LogName, invocationId, (long)duration.TotalMilliseconds, error);
            return new FunctionResult(invocationId, outcome, null, error, duration);
        }
    }

    private async Task<object?> RunAsync(FunctionDescriptor function, InvocationRequest invocation, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var args = ParameterValues.Build(function, invocation, cancellationToken);
        var instance = function.Method.IsStatic ? null : ActivatorUtilities.CreateInstance(scope.ServiceProvider, function.FunctionType);
        try
        {
            object? returned;
            try
            {
                returned = function.Method.Invoke(instance, args);
            }
            catch (TargetInvocationException ex) when (ex.InnerException is not null)
            {
                ExceptionDispatchInfo.Capture(ex.InnerException).Throw();
                throw;
            }

            return await ReturnValues.AwaitAsync(function.Method, returned);
        }
        finally
        {
            if (instance is IAsyncDisposable asyncDisposable)
            {
                await asyncDisposable.DisposeAsync();
            }
            else if (instance is IDisposable disposable)
            {
                disposable.Dispose();
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Executing '{FunctionLogName}' (Reason='{Reason}', Id={InvocationId})")]
    private static partial void LogExecuting(ILogger logger, string functionLogName, string reason, Guid invocationId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Executed '{FunctionLogName}' ({Status}, Id={InvocationId}, Duration={DurationMs}ms)")]
    private static partial void LogExecuted(ILogger logger, string functionLogName, string status, Guid invocationId, long durationMs);

    [LoggerMessage(Level = LogLevel.Error, Message = "Executed '{FunctionLogName}' (Failed, Id={InvocationId}, Duration={DurationMs}ms)")]
    private static partial void LogFailed(ILogger logger, string functionLogName, Guid invocationId, long durationMs, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Timeout value of {Timeout} exceeded by function '{FunctionLogName}' (Id: '{InvocationId}'). Initiating cancellation.")]
    private static partial void LogTimeout(ILogger logger, TimeSpan timeout, string functionLogName, Guid invocationId);
}
