using System.Text.Json;

namespace Integration.Core.Records;

/// <summary>One record to create or update, keyed by the external id that carries the source record's id.</summary>
/// <param name="ExternalId">The value of the destination's external-id field.</param>
/// <param name="Fields">Destination field values; a JSON null clears the field.</param>
public sealed record RecordUpsert(string ExternalId, IReadOnlyDictionary<string, JsonElement> Fields);
