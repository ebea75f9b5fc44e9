using System.ComponentModel.DataAnnotations;

namespace Integration.Core;

/// <summary>Settings of the sync engine (section <c>Sync</c>).</summary>
public sealed class SyncEngineOptions
{
    /// <summary>The configuration section: <c>Sync</c>.</summary>
    public const string SectionName = "Sync";

    /// <summary>How long a record may stay parked waiting for its parent's counterpart before it is surfaced as an error. Default 15 minutes.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan ParkMaxWait { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long the caller waits before handing a parked record back. Default 30 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan ParkRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How many times the writer re-reads a cross-reference row after an ETag conflict before surfacing an error. Default 5.</summary>
    [Range(0, 100)]
    public int CrossReferenceRetries { get; set; } = 5;

    /// <summary>How many cross-reference rows the writer stores at once after a vendor batch. Default 16.</summary>
    [Range(1, 256)]
    public int CrossReferenceParallelism { get; set; } = 16;

    /// <summary>
    /// Our own API client id per system (plan system name to the client id the vendor reports in change origins:
    /// Salesforce connected app, HubSpot app id). Used only as the echo fast path. Default empty.
    /// </summary>
    public Dictionary<string, string> OwnClientIds { get; init; } = new(StringComparer.Ordinal);
}
