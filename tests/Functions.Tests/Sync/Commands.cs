using System.Text.Json;
using Integration.Core.CrossReference;
using Integration.Core.Records;
using Integration.Core.Writing;

namespace Integration.Functions.Tests.Sync;

/// <summary>Write commands for the adapter tests.</summary>
internal static class Commands
{
    public static WriteCommand ToHubSpot(string sourceId, string name) => new(
        "accounts", 0, SyncSide.B, "hs", "companies", WriteOperation.Upsert, "salesforce_account_id", sourceId, null, sourceId,
        new RecordVersion(new DateTimeOffset(2026, 11, 29, 10, 0, 0, TimeSpan.Zero)),
        new Dictionary<string, JsonElement> { ["name"] = JsonSerializer.SerializeToElement(name) },
        new Dictionary<string, FieldFingerprints>(),
        WriteLane.Live,
        new DateTimeOffset(2026, 11, 29, 10, 0, 0, TimeSpan.Zero));
}
