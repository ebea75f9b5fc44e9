namespace Integration.Functions.LocalHost.Timers;

/// <summary>Why a timer function runs (the platform's <c>UnscheduledInvocationReason</c>, plus the ordinary case).</summary>
internal enum InvocationReason
{
    /// <summary>An occurrence of the schedule.</summary>
    Schedule,

    /// <summary>An occurrence that passed while no instance was listening (<c>IsPastDue</c>).</summary>
    PastDue,

    /// <summary>The start of listening with <c>RunOnStartup</c>.</summary>
    RunOnStartup,
}
