namespace Integration.Functions.LocalHost.Invocation;

/// <summary>The result of one invocation.</summary>
/// <param name="InvocationId">The invocation's id (also in its log scope).</param>
/// <param name="Outcome">How it ended.</param>
/// <param name="ReturnValue">The awaited return value (null for void, Task and ValueTask).</param>
/// <param name="Exception">What failed it, or null on success.</param>
/// <param name="Duration">Wall time of the invocation.</param>
public sealed record FunctionResult(Guid InvocationId, FunctionOutcome Outcome, object? ReturnValue, Exception? Exception, TimeSpan Duration)
{
    /// <summary>True when <see cref="Outcome"/> is <see cref="FunctionOutcome.Succeeded"/>.</summary>
    public bool Succeeded => Outcome == FunctionOutcome.Succeeded;
}
