namespace Integration.Functions.LocalHost.Invocation;

/// <summary>How an invocation ended.</summary>
public enum FunctionOutcome
{
    /// <summary>The method returned normally.</summary>
    Succeeded,

    /// <summary>The method (or its binding) threw.</summary>
    Failed,

    /// <summary>host.json <c>functionTimeout</c> elapsed; the token was cancelled and the invocation counts as failed.</summary>
    TimedOut,

    /// <summary>The caller's token (request aborted, host stopping) was cancelled and the method stopped.</summary>
    Cancelled,
}
