using System.Globalization;
using Azure.Storage.Queues;
using Integration.Benchmarks.Hosting;
using Integration.Benchmarks.Latency;
using Integration.Benchmarks.Report;
using Integration.Benchmarks.Sandbox;
using Integration.Sandbox;

namespace Integration.Benchmarks;

/// <summary>
/// One run: seed Salesforce, sync the seed (warm-up, not measured), then drive the user-edit load, keep the CDC drain
/// running, wait for the pipeline to settle, and compare both sides.
/// </summary>
internal sealed class SyncBenchmark(BenchSettings settings, IHttpClientFactory clients, TimeProvider time)
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan ProgressEvery = TimeSpan.FromSeconds(5);
    private const string ChangesQueue = "changes";
    private const string WritesQueue = "writes-hubspot";

    public async Task<SyncReport> RunAsync(CancellationToken cancellationToken)
    {
        await using var sandbox = await SandboxHost.StartAsync(new SandboxOptions(), cancellationToken);
        var api = new SandboxApi(sandbox, clients);
        await api.CreateHubSpotCompanyPropertyAsync(BenchPlan.DescriptionProperty, cancellationToken);
        await api.SeedAccountsAsync(settings.Accounts, settings.Seed, cancellationToken);
        var planPath = BenchPlan.WriteToTempFile(settings.Sync);
        try
        {
            var recorder = new LatencyRecorder(time);
            await using var host = await BenchHost.StartAsync(settings, sandbox, planPath, recorder, cancellationToken);
            using var stopDrain = new CancellationTokenSource();
            var drain = DrainContinuouslyAsync(host, stopDrain.Token, cancellationToken);
            try
            {
                return await MeasureAsync(api, recorder, cancellationToken);
            }
            finally
            {
                // The drain running now ends at its window (a few seconds) rather than being cancelled mid-read, which
                // the host would log as a failed invocation.
                await stopDrain.CancelAsync();
                await drain;
            }
        }
        finally
        {
            File.Delete(planPath);
        }
    }

    private async Task<SyncReport> MeasureAsync(SandboxApi api, LatencyRecorder recorder, CancellationToken cancellationToken)
    {
        Console.WriteLine($"warm-up: syncing {settings.Accounts} seeded accounts");
        await WarmUpAsync(api, recorder, cancellationToken);
        var sourceBefore = await api.SalesforceApiUsageAsync(cancellationToken);
        var (destinationBefore, tenSecondLimit) = await api.HubSpotUsageAsync(cancellationToken);
        recorder.StartMeasuring();
        var start = time.GetUtcNow();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"load: {settings.Rate} edits/s for {settings.DurationSeconds} s"));
        await api.StartUserEditsAsync(settings.Rate, settings.DurationSeconds, settings.Seed, cancellationToken);
        var (edits, settled) = await SettleAsync(api, recorder, cancellationToken);
        var sourceAfter = await api.SalesforceApiUsageAsync(cancellationToken);
        var (destinationAfter, _) = await api.HubSpotUsageAsync(cancellationToken);
        var end = recorder.AckWindow().Last ?? time.GetUtcNow();
        var comparison = SideComparison.Of(
            await api.SalesforceAccountsAsync(cancellationToken),
            await api.HubSpotCompaniesAsync(BenchPlan.ExternalIdProperty, BenchPlan.DescriptionProperty, cancellationToken));
        foreach (var example in comparison.Examples)
        {
            var id = example[..example.IndexOf(':', StringComparison.Ordinal)];
            Console.WriteLine($"differs: {example}");
            foreach (var line in recorder.History(id))
            {
                Console.WriteLine($"    {line}");
            }
        }

        return Report(recorder, edits, settled, (end - start).TotalSeconds, sourceAfter - sourceBefore, destinationAfter - destinationBefore, tenSecondLimit, comparison);
    }

    private SyncReport Report(LatencyRecorder recorder, long edits, bool settled, double seconds, long sourceCalls, long destinationCalls, int tenSecondLimit, SideComparison comparison)
    {
        var samples = recorder.Samples();
        var written = recorder.AcknowledgedRecords;
        var ceiling = tenSecondLimit / 10.0 * 100; // HubSpot batch upsert: 100 records per call, tenSecondLimit calls per 10 s.
        return new SyncReport
        {
            P50Ms = SyncReport.Percentile(samples, 50),
            P95Ms = SyncReport.Percentile(samples, 95),
            P99Ms = SyncReport.Percentile(samples, 99),
            MaxMs = samples.Length == 0 ? double.NaN : samples[^1],
            LatencySamples = samples.Length,
            SourceChanges = edits,
            ChangesPerS = edits / seconds,
            DestinationRecordsWritten = written,
            DestinationWritesPerS = written / seconds,
            CeilingRecordsPerS = ceiling,
            CeilingRatio = written / seconds / ceiling,
            ApiCallsSource = sourceCalls,
            ApiCallsDestination = destinationCalls,
            ApiCallsPerRecordSource = written == 0 ? double.NaN : (double)sourceCalls / written,
            ApiCallsPerRecordDestination = written == 0 ? double.NaN : (double)destinationCalls / written,
            Lost = comparison.Lost,
            Duplicated = comparison.Duplicated,
            Comparison = comparison,
            ElapsedS = seconds,
            Settled = settled,
            PendingAtEnd = recorder.Pending,
            PendingExamples = recorder.PendingRecords(10),
            SupersededBeforeWrite = recorder.Superseded,
            Settings = new Dictionary<string, object>
            {
                ["rate_per_s"] = settings.Rate,
                ["duration_s"] = settings.DurationSeconds,
                ["accounts"] = settings.Accounts,
                ["seed"] = settings.Seed,
                ["drain_timeout_s"] = settings.DrainTimeoutSeconds,
                ["plan"] = $"Salesforce Account -> HubSpot companies (Name, Phone, Description), {settings.Sync}",
                ["sync"] = settings.Sync,
                ["host_json"] = Path.Combine(settings.Root, "host.json"),
                ["hubspot_ten_second_limit"] = tenSecondLimit,
                ["processors"] = Environment.ProcessorCount,
            },
        };
    }

    private async Task WarmUpAsync(SandboxApi api, LatencyRecorder recorder, CancellationToken cancellationToken)
    {
        var deadline = time.GetUtcNow() + TimeSpan.FromSeconds(settings.DrainTimeoutSeconds);
        while (await api.HubSpotCompanyCountAsync(cancellationToken) < settings.Accounts || !await QuietAsync(recorder, cancellationToken))
        {
            if (time.GetUtcNow() > deadline)
            {
                throw new TimeoutException($"Warm-up: the {settings.Accounts} seeded accounts did not all reach HubSpot within {settings.DrainTimeoutSeconds} s.");
            }

            await Task.Delay(Poll, time, cancellationToken);
        }
    }

    /// <summary>Waits for the load to end and the pipeline to go quiet; returns the edits committed and whether it settled in time.</summary>
    private async Task<(long Edits, bool Settled)> SettleAsync(SandboxApi api, LatencyRecorder recorder, CancellationToken cancellationToken)
    {
        var loadDeadline = time.GetUtcNow() + TimeSpan.FromSeconds(settings.DurationSeconds * 3 + 30);
        var (running, edits) = await api.UserEditsAsync(cancellationToken);
        var nextProgress = time.GetUtcNow();
        while (running && time.GetUtcNow() < loadDeadline)
        {
            if (time.GetUtcNow() >= nextProgress)
            {
                await PrintProgressAsync(edits, recorder, cancellationToken);
                nextProgress = time.GetUtcNow() + ProgressEvery;
            }

            await Task.Delay(Poll, time, cancellationToken);
            (running, edits) = await api.UserEditsAsync(cancellationToken);
        }

        Console.WriteLine($"load done: {edits} edits; waiting for the pipeline to settle");
        var deadline = time.GetUtcNow() + TimeSpan.FromSeconds(settings.DrainTimeoutSeconds);
        while (!await QuietAsync(recorder, cancellationToken))
        {
            if (time.GetUtcNow() > deadline)
            {
                return (edits, false);
            }

            await Task.Delay(Poll, time, cancellationToken);
        }

        return (edits, !running);
    }

    /// <summary>One line of progress: edits so far, records acknowledged, and the backlog of each queue.</summary>
    private async Task PrintProgressAsync(long edits, LatencyRecorder recorder, CancellationToken cancellationToken)
    {
        var changes = await DepthAsync(ChangesQueue, cancellationToken);
        var writes = await DepthAsync(WritesQueue, cancellationToken);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {edits} edits, {recorder.AcknowledgedRecords} records written, {recorder.Pending} awaiting a write; queued messages: changes {changes}, writes-hubspot {writes}"));
    }

    /// <summary>Nothing queued, nothing pending, and no destination write for a while.</summary>
    private async Task<bool> QuietAsync(LatencyRecorder recorder, CancellationToken cancellationToken)
    {
        if (recorder.Pending > 0 || time.GetUtcNow() - (recorder.LastAckAnyPhase ?? DateTimeOffset.MinValue) < Quiet)
        {
            return false;
        }

        return await DepthAsync(ChangesQueue, cancellationToken) == 0 && await DepthAsync(WritesQueue, cancellationToken) == 0;
    }

    /// <summary>The approximate number of messages in <paramref name="queue"/> (invisible ones included).</summary>
    private async Task<int> DepthAsync(string queue, CancellationToken cancellationToken) =>
        (await new QueueServiceClient(settings.Storage).GetQueueClient(queue).GetPropertiesAsync(cancellationToken)).Value.ApproximateMessagesCount;

    /// <summary>Runs one CDC drain after another until <paramref name="stop"/> (between drains) or <paramref name="cancellationToken"/> (at once).</summary>
    private static async Task DrainContinuouslyAsync(BenchHost host, CancellationToken stop, CancellationToken cancellationToken)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await host.DrainAsync(cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
        }
    }
}
