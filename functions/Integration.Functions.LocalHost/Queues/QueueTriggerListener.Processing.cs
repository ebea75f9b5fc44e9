using System.Text.Json;
using Azure;
using Azure.Storage.Queues.Models;
using Integration.Functions.LocalHost.Invocation;

namespace Integration.Functions.LocalHost.Queues;

/// <summary>One message: invoke, then delete, release, or move to the poison queue (extension 5.x QueueProcessor).</summary>
internal sealed partial class QueueTriggerListener
{
    private async Task ProcessAsync(QueueMessage message)
    {
        var lease = new MessageLease(message.PopReceipt);
        try
        {
            if (_poisonQueue is not null && message.DequeueCount > _options.MaxDequeueCount)
            {
                // Already past the limit (e.g. a host died mid-invocation): poison it without running the function.
                await MoveToPoisonAsync(message, lease, null);
                return;
            }

            var result = await InvokeWithRenewalAsync(message, lease);
            await CompleteAsync(message, lease, result);
        }
        catch (Exception ex)
        {
            // The message boundary: the message stays invisible until its receive timeout, then is retried.
            LogCompletionFailed(_logger, _function.LogName, message.MessageId, _queue.Name, ex);
        }
    }

    private async Task<FunctionResult> InvokeWithRenewalAsync(QueueMessage message, MessageLease lease)
    {
        object trigger;
        try
        {
            trigger = QueueMessageConverter.Convert(message, _function.TriggerParameter.ParameterType);
        }
        catch (JsonException ex)
        {
            LogBindingFailed(_logger, _function.LogName, message.MessageId, ex);
            return new FunctionResult(Guid.NewGuid(), FunctionOutcome.Failed, null, ex, TimeSpan.Zero);
        }

        using var stopRenewal = new CancellationTokenSource();
        var renewal = RenewVisibilityAsync(message, lease, stopRenewal.Token);
        try
        {
            var invocation = new InvocationRequest(trigger, $"New queue message detected on '{_queue.Name}'.", QueueMessageConverter.BindingData(message));
            return await _invoker.InvokeAsync(_function, invocation, _invocations.Token);
        }
        finally
        {
            await stopRenewal.CancelAsync();
            await renewal;
        }
    }

    private async Task RenewVisibilityAsync(QueueMessage message, MessageLease lease, CancellationToken stop)
    {
        var normal = _listenerOptions.ReceiveVisibilityTimeout / 2;
        var interval = normal;
        while (true)
        {
            try
            {
                await Task.Delay(interval, _timeProvider, stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            try
            {
                // Not cancelled by stop: an update cut short may still change the pop receipt on the server.
                var receipt = await _queue.UpdateMessageAsync(message.MessageId, lease.PopReceipt, visibilityTimeout: _listenerOptions.ReceiveVisibilityTimeout, cancellationToken: _hardStop.Token);
                lease.PopReceipt = receipt.Value.PopReceipt;
                interval = normal;
                LogRenewed(_logger, _function.LogName, message.MessageId, _listenerOptions.ReceiveVisibilityTimeout);
            }
            catch (Exception ex) when (ex is RequestFailedException or OperationCanceledException)
            {
                LogRenewalFailed(_logger, _function.LogName, message.MessageId, ex);
                interval = TimeSpan.FromTicks(Math.Max(interval.Ticks / 2, TimeSpan.FromMilliseconds(100).Ticks));
            }
        }
    }

    private async Task CompleteAsync(QueueMessage message, MessageLease lease, FunctionResult result)
    {
        if (result.Succeeded)
        {
            await IgnoreGoneAsync(_queue.DeleteMessageAsync(message.MessageId, lease.PopReceipt, CancellationToken.None));
        }
        else if (result.Outcome == FunctionOutcome.Cancelled && _invocations.IsCancellationRequested)
        {
            // Stopped by host shutdown, not by the message: release it for another instance, without counting it towards poison.
            await ReleaseAsync(message.MessageId, lease.PopReceipt);
        }
        else if (_poisonQueue is null)
        {
            // As the platform does for queues without a poison queue: stay invisible rather than loop fast.
            LogNoPoisonQueue(_logger, _function.LogName, message.MessageId, _queue.Name);
        }
        else if (message.DequeueCount >= _options.MaxDequeueCount)
        {
            await MoveToPoisonAsync(message, lease, result.Exception);
        }
        else
        {
            await ReleaseAsync(message.MessageId, lease.PopReceipt);
        }
    }

    private async Task MoveToPoisonAsync(QueueMessage message, MessageLease lease, Exception? error)
    {
        LogMovingToPoison(_logger, _function.LogName, message.MessageId, _options.MaxDequeueCount, _poisonQueue!.Name);
        await _poisonQueue.CreateIfNotExistsAsync(cancellationToken: CancellationToken.None);
        var copy = await _poisonQueue.SendMessageAsync(message.Body, cancellationToken: CancellationToken.None);
        await _errors.RecordAsync(_queue.Name, message.MessageId, copy.Value.MessageId, _function.Name, error, message.DequeueCount, CancellationToken.None);
        await IgnoreGoneAsync(_queue.DeleteMessageAsync(message.MessageId, lease.PopReceipt, CancellationToken.None));
    }

    private Task ReleaseAsync(string messageId, string popReceipt) =>
        IgnoreGoneAsync(_queue.UpdateMessageAsync(messageId, popReceipt, visibilityTimeout: _options.VisibilityTimeout, cancellationToken: CancellationToken.None));

    private async Task ReleaseUnstartedAsync(QueueMessage[] batch)
    {
        foreach (var message in batch)
        {
            await IgnoreGoneAsync(_queue.UpdateMessageAsync(message.MessageId, message.PopReceipt, visibilityTimeout: TimeSpan.Zero, cancellationToken: CancellationToken.None));
        }
    }

    private static async Task IgnoreGoneAsync(Task operation)
    {
        try
        {
            await operation;
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 400 && ex.ErrorCode is "MessageNotFound" or "QueueNotFound" or "PopReceiptMismatch")
        {
            // Someone else took the message over, or it is gone: nothing left to do (as the platform).
        }
    }
}
