using System.Diagnostics.Metrics;
using Integration.Core.Processing;
using Integration.Core.Writing;
using Integration.Functions.Admin.Status;
using Integration.Functions.Metrics;
using Microsoft.Extensions.DependencyInjection;

namespace Integration.Functions.Tests.Metrics;

public sealed class SyncMetricsTests
{
    [Fact]
    public void Processing_result_is_counted_as_events_in_writes_enqueued_conflicts_echoes_and_errors()
    {
        using var provider = new ServiceCollection().AddSyncMetrics().BuildServiceProvider();
        using var recorder = new MeasurementRecorder(provider.GetRequiredService<IMeterFactory>());
        var metrics = provider.GetRequiredService<SyncMetrics>();

        metrics.RecordProcessing(new ProcessingResult(EventsIn: 12, RecordsRead: 20, WritesOut: 9, EchoesDropped: 3, Conflicts: 2, Errors: 1, Parked: []));

        Assert.Equal(
            (12d, 9d, 2d, 3d, 1d),
            (recorder.Sum("integration.events.in"), recorder.Sum("integration.writes.out", ("outcome", "enqueued")), recorder.Sum("integration.conflicts"),
             recorder.Sum("integration.echoes.dropped"), recorder.Sum("integration.errors", ("stage", "processor"))));
    }

    [Fact]
    public void Records_held_by_paused_mappings_are_counted_apart_from_parked_ones()
    {
        using var provider = new ServiceCollection().AddSyncMetrics().BuildServiceProvider();
        using var recorder = new MeasurementRecorder(provider.GetRequiredService<IMeterFactory>());
        var at = new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
        ParkedChange parked = new("sf", "Contact", "003A", "contacts", "Account '001A'", 1, at, at);

        provider.GetRequiredService<SyncMetrics>().RecordProcessing(new ProcessingResult(3, 0, 0, 0, 0, 0,
            [parked, parked with { RecordId = "003B", Held = true }, parked with { RecordId = "003C", Held = true }]));

        Assert.Equal(2d, recorder.Sum("integration.records.held"));
    }

    [Fact]
    public void Write_batch_result_is_counted_per_outcome_and_system()
    {
        using var provider = new ServiceCollection().AddSyncMetrics().BuildServiceProvider();
        using var recorder = new MeasurementRecorder(provider.GetRequiredService<IMeterFactory>());

        provider.GetRequiredService<SyncMetrics>().RecordWrites(new WriteBatchResult(Written: 40, Superseded: 2, DeadLettered: 1, Errors: 0, Retry: []), "hubspot");

        Assert.Equal(
            (40d, 2d, 1d, 0d),
            (recorder.Sum("integration.writes.out", ("outcome", "written"), ("system", "hubspot")), recorder.Sum("integration.writes.out", ("outcome", "superseded")),
             recorder.Sum("integration.writes.out", ("outcome", "dead-lettered")), recorder.Sum("integration.writes.out", ("outcome", "retry"))));
    }

    [Fact]
    public void Queue_depths_and_stream_lags_last_observed_are_reported_by_the_gauges()
    {
        using var provider = new ServiceCollection().AddSyncMetrics().BuildServiceProvider();
        using var recorder = new MeasurementRecorder(provider.GetRequiredService<IMeterFactory>());
        var metrics = provider.GetRequiredService<SyncMetrics>();

        metrics.ObserveQueueDepths([new QueueDepth("changes", 7, false), new QueueDepth("changes-poison", 1, true)]);
        metrics.RecordStreamLag("salesforce:/data/ChangeEvents", TimeSpan.FromMilliseconds(1500));
        recorder.Observe();

        Assert.Equal(
            (7d, 1d, 1.5d, 1.5d),
            (recorder.Sum("integration.queue.depth", ("queue", "changes")), recorder.Sum("integration.queue.depth", ("queue", "changes-poison")),
             recorder.Sum("integration.stream.lag", ("stream", "salesforce:/data/ChangeEvents")), recorder.Sum("integration.stream.lag.current")));
    }
}
