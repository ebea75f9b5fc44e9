using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Integration.Benchmarks.Report;

/// <summary>What one benchmark run measured: the content of <c>artifacts/bench/sync.json</c>.</summary>
internal sealed record SyncReport
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals };

    public required double P50Ms { get; init; }
    public required double P95Ms { get; init; }
    public required double P99Ms { get; init; }
    public required double MaxMs { get; init; }
    public required int LatencySamples { get; init; }
    public required long SourceChanges { get; init; }
    public required double ChangesPerS { get; init; }
    public required long DestinationRecordsWritten { get; init; }
    public required double DestinationWritesPerS { get; init; }
    public required double CeilingRecordsPerS { get; init; }
    public required double CeilingRatio { get; init; }
    public required long ApiCallsSource { get; init; }
    public required long ApiCallsDestination { get; init; }
    public required double ApiCallsPerRecordSource { get; init; }
    public required double ApiCallsPerRecordDestination { get; init; }
    public required int Lost { get; init; }
    public required int Duplicated { get; init; }
    public required SideComparison Comparison { get; init; }
    public required double ElapsedS { get; init; }
    public required bool Settled { get; init; }

    /// <summary>Commands enqueued whose record saw no acknowledged write afterwards (0 once settled).</summary>
    public required int PendingAtEnd { get; init; }

    /// <summary>A few of those records' external ids.</summary>
    public required IReadOnlyList<string> PendingExamples { get; init; }

    /// <summary>Commands enqueued with a source version older than one already written for their record (the version guard drops them).</summary>
    public required long SupersededBeforeWrite { get; init; }
    public required IReadOnlyDictionary<string, object> Settings { get; init; }

    [JsonIgnore]
    public string Table
    {
        get
        {
            var t = new StringBuilder();
            Row(t, "latency p50 / p95 / p99 / max (ms)", $"{P50Ms:F0} / {P95Ms:F0} / {P99Ms:F0} / {MaxMs:F0}  ({LatencySamples} samples)");
            Row(t, "source changes (user edits)", $"{SourceChanges} at {ChangesPerS:F1}/s (offered {Settings["rate_per_s"]}/s)");
            Row(t, "destination records written", $"{DestinationRecordsWritten} at {DestinationWritesPerS:F1}/s");
            Row(t, "destination ceiling (records/s)", $"{CeilingRecordsPerS:F0}  ratio {CeilingRatio:F3}");
            Row(t, "API calls per record (source)", $"{ApiCallsPerRecordSource:F4}  ({ApiCallsSource} calls)");
            Row(t, "API calls per record (destination)", $"{ApiCallsPerRecordDestination:F4}  ({ApiCallsDestination} calls)");
            Row(t, "lost / duplicated", $"{Lost} / {Duplicated}  (missing {Comparison.Missing}, stale {Comparison.Stale}; {Comparison.SourceRecords} accounts, {Comparison.DestinationRecords} companies)");
            Row(t, "elapsed / settled", $"{ElapsedS:F1} s / {(Settled ? "yes" : $"no: timed out waiting for the pipeline ({PendingAtEnd} commands never acknowledged)")}");
            return t.ToString();
        }
    }

    public async Task WriteAsync(string path, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        await File.WriteAllTextAsync(path, JsonSerializer.Serialize(this, Json), cancellationToken);
    }

    public static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];

    private static void Row(StringBuilder table, string name, string value) =>
        table.AppendLine(CultureInfo.InvariantCulture, $"| {name,-36} | {value,-70} |");
}
