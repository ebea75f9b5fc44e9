using System.Globalization;
using Integration.Core.Changes;
using Integration.Core.Checkpoints;
using Integration.Core.Plans;
using Integration.Core.Records;
using Integration.Functions.Storage;
using Microsoft.Extensions.Options;

namespace Integration.Functions.Intake;

/// <summary>
/// The safety net for missed HubSpot webhooks: lists the records of one object modified since the last sweep
/// (minus <see cref="IntakeOptions.HubSpotSweepOverlap"/>), enqueues them as update notifications, then checkpoints
/// the sweep's start time (stream <c>hubspot:&lt;connection&gt;:sweep:&lt;object&gt;</c>, value ISO 8601). The first sweep
/// starts at its own start time minus the overlap.
/// </summary>
public sealed class HubSpotSweep(ICheckpointStore checkpoints, ChangesQueue changes, IOptions<IntakeOptions> options, TimeProvider time)
{
    /// <summary>Sweeps one object of one HubSpot system; returns the number of notifications enqueued.</summary>
    public async Task<int> SweepAsync(SystemDefinition system, IRecordReader reader, string objectName, IReadOnlyList<string> fields, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(system);
        ArgumentNullException.ThrowIfNull(reader);
        var stream = $"hubspot:{system.Connection}:sweep:{objectName}";
        var startedAt = time.GetUtcNow();
        var last = await checkpoints.GetAsync(stream, cancellationToken);
        var since = (last is null ? startedAt : DateTimeOffset.Parse(last.Value, CultureInfo.InvariantCulture)) - options.Value.HubSpotSweepOverlap;
        var position = new StreamPosition(stream, startedAt.ToString("O", CultureInfo.InvariantCulture));
        var batch = new List<ChangeEvent>();
        var total = 0;
        await foreach (var record in reader.StreamAsync(objectName, fields, new RecordStreamOptions(ModifiedSince: since), cancellationToken))
        {
            batch.Add(new ChangeEvent(
                system.Name, objectName, [record.Id], ChangeKind.Update, record.Version.ModifiedAt, position,
                $"hubspot-sweep:{system.Connection}:{objectName}:{record.Id}:{record.Version.ModifiedAt.ToUnixTimeMilliseconds()}"));
            if (batch.Count >= options.Value.HubSpotSweepBatchSize)
            {
                total += await FlushAsync(batch, cancellationToken);
            }
        }

        total += await FlushAsync(batch, cancellationToken);
        await checkpoints.CommitAsync(position, cancellationToken);
        return total;
    }

    private async Task<int> FlushAsync(List<ChangeEvent> batch, CancellationToken cancellationToken)
    {
        var count = batch.Count;
        if (count > 0)
        {
            await changes.EnqueueAsync([.. batch], [], cancellationToken);
            batch.Clear();
        }

        return count;
    }
}
