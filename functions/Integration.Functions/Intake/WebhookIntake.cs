using Integration.Core.Changes;
using Integration.Core.Plans;
using Integration.Core.Processing;
using Integration.Functions.Plans;
using Integration.Functions.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Integration.Functions.Intake;

/// <summary>What the webhook functions share: is sync on, which plan system a route's connection is, enqueue, answer.</summary>
public sealed class WebhookIntake(IOptions<PlanOptions> options, IPlanProvider plans, ChangesQueue changes)
{
    /// <summary>True when a plan is configured.</summary>
    public bool SyncEnabled => options.Value.SyncEnabled;

    /// <summary>The plan system of <paramref name="kind"/> on <paramref name="connection"/>, or null.</summary>
    public async Task<SystemDefinition?> SystemForAsync(SystemKind kind, string connection, CancellationToken cancellationToken)
    {
        var plan = await plans.GetActivePlanAsync(cancellationToken);
        return PlanSystems.ForConnection(plan, kind, connection);
    }

    /// <summary>Enqueues the events on the changes queue under the plan system's name; returns once they are durable.</summary>
    public Task EnqueueAsync(SystemDefinition system, IReadOnlyList<ChangeEvent> events, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(system);
        ArgumentNullException.ThrowIfNull(events);
        IReadOnlyList<ChangeEvent> named = [.. events.Select(e => e.System == system.Name ? e : e with { System = system.Name })];
        return named.Count == 0 ? Task.CompletedTask : changes.EnqueueAsync(named, [], cancellationToken);
    }

    /// <summary>A problem-details answer.</summary>
    public static IActionResult Problem(int status, string title, string? detail) =>
        new ObjectResult(new ProblemDetails { Status = status, Title = title, Detail = detail }) { StatusCode = status };

    /// <summary>503: sync is off (no plan).</summary>
    public static IActionResult Disabled() =>
        Problem(StatusCodes.Status503ServiceUnavailable, "Sync is not enabled", $"{PlanOptions.SectionName}:PlanPath is not set.");
}
