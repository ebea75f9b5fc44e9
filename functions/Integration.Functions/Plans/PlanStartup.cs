using Azure.Data.Tables;
using Azure.Storage.Queues;
using Integration.Core.Processing;
using Integration.Functions.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Integration.Functions.Plans;

/// <summary>
/// When sync is enabled: loads the plan (an invalid plan fails the start with its diagnostics), checks that every
/// plan system's connection is configured (<c>&lt;Kind&gt;:Connections:&lt;connection&gt;</c>), and creates the
/// pipeline's tables and queues if missing. Without a plan path it does nothing, so the app starts on storage alone.
/// </summary>
public sealed class PlanStartup(
    IOptions<PlanOptions> plan,
    IPlanProvider plans,
    TableServiceClient tables,
    QueueServiceClient queues,
    IOptions<SyncTableOptions> tableNames,
    IOptions<SyncQueueOptions> queueNames,
    IConfiguration configuration) : IHostedService
{
    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!plan.Value.SyncEnabled)
        {
            return;
        }

        var active = await plans.GetActivePlanAsync(cancellationToken);
        var missing = active.Systems
            .Where(s => !configuration.GetSection($"{s.Kind}:Connections:{s.Connection}").Exists())
            .Select(s => $"plan system '{s.Name}' ({s.Kind}) uses connection '{s.Connection}', but '{s.Kind}:Connections:{s.Connection}' is not configured")
            .ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException(
                $"Plan '{active.Name}' ({plan.Value.PlanPath}) cannot run: " + string.Join("; ", missing) + ".");
        }

        foreach (var table in tableNames.Value.All().Distinct(StringComparer.OrdinalIgnoreCase))
        {
            await tables.CreateTableIfNotExistsAsync(table, cancellationToken);
        }

        foreach (var queue in queueNames.Value.All().Distinct(StringComparer.Ordinal))
        {
            await queues.GetQueueClient(queue).CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        }
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
