namespace Integration.Functions.Tests.LocalHost.Invocation;

/// <summary>Completed by a function when its token was cancelled, with the timer's IsPastDue it was given.</summary>
public sealed class CancellationSeen
{
    public TaskCompletionSource<bool> Signal { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
