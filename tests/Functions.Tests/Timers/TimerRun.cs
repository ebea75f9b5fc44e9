using Microsoft.Azure.Functions.Worker;

namespace Integration.Functions.Tests.Timers;

/// <summary>One invocation of a timer function as the function saw it.</summary>
internal sealed record TimerRun(string Instance, DateTimeOffset FiredAt, bool IsPastDue, ScheduleStatus? Status);
