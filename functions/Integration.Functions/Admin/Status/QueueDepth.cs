namespace Integration.Functions.Admin.Status;

/// <summary>The approximate number of messages in one queue.</summary>
/// <param name="Queue">The queue's name.</param>
/// <param name="ApproximateMessages">Azure Storage's approximate message count (includes invisible messages).</param>
/// <param name="IsPoison">True for a <c>-poison</c> queue: messages that failed every retry.</param>
public sealed record QueueDepth(string Queue, int ApproximateMessages, bool IsPoison);
