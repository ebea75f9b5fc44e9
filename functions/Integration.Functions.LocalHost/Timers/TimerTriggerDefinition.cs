namespace Integration.Functions.LocalHost.Timers;

/// <summary>
/// What a listener needs from one function's <c>[TimerTrigger]</c> parameter (worker
/// <c>TimerTriggerAttribute</c>): its <c>[Function]</c> name and the attribute's values.
/// </summary>
/// <param name="FunctionName">The <c>[Function]</c> name; names the lock and status blobs, as on the platform.</param>
/// <param name="Schedule">The attribute's <c>Schedule</c> with <c>%Setting%</c> placeholders already resolved.</param>
/// <param name="RunOnStartup">The attribute's <c>RunOnStartup</c> (default false).</param>
/// <param name="UseMonitor">
/// The attribute's <c>UseMonitor</c> (default true). As on the platform, monitoring is still off for schedules
/// that fire more than once a minute.
/// </param>
internal sealed record TimerTriggerDefinition(string FunctionName, string Schedule, bool RunOnStartup = false, bool UseMonitor = true);
