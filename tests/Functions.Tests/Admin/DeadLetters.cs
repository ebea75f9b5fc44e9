using System.Text.Json;
using Integration.Core.CrossReference;
using Integration.Core.Records;
using Integration.Core.Writing;
using Integration.Functions.Storage;

namespace Integration.Functions.Tests.Admin;

/// <summary>Dead letters for tests.</summary>
internal static class DeadLetters
{
    public static readonly DateTimeOffset FailedAt = new(2026, 11, 1, 9, 30, 0, TimeSpan.Zero);

    public static StoredDeadLetter For(string id, string targetSystem, string externalId) => new(id, new DeadLetter(
        new WriteCommand(
            "contacts-to-hubspot", 0, SyncSide.B, targetSystem, "contacts", WriteOperation.Upsert, "sf_id", externalId, null, externalId,
            new RecordVersion(FailedAt.AddMinutes(-5)),
            new Dictionary<string, JsonElement> { ["email"] = JsonSerializer.SerializeToElement("not-an-email") },
            new Dictionary<string, FieldFingerprints>(),
            WriteLane.Live,
            FailedAt.AddMinutes(-6)),
        "INVALID_EMAIL",
        "Property values were not valid: email",
        ["email"],
        FailedAt));
}
