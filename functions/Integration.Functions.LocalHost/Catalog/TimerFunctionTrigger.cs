using Microsoft.Azure.Functions.Worker;

namespace Integration.Functions.LocalHost.Catalog;

/// <summary>A <see cref="TimerTriggerAttribute"/> function. Invoke it with a <see cref="TimerInfo"/> as trigger value.</summary>
/// <param name="Timer">The declared attribute (RunOnStartup, UseMonitor).</param>
/// <param name="Schedule">The resolved NCRONTAB expression or TimeSpan.</param>
public sealed record TimerFunctionTrigger(TimerTriggerAttribute Timer, string Schedule)
    : FunctionTrigger(Timer);
