using System.Text.Json;
using Integration.Core.Records;

namespace Integration.Core.Tests.Fakes;

/// <summary>A stored record of <see cref="FakeSystem"/>.</summary>
internal sealed class FakeRecord(string id, Dictionary<string, JsonElement> fields, RecordVersion version, bool deleted)
{
    public string Id { get; } = id;

    public Dictionary<string, JsonElement> Fields { get; } = fields;

    public RecordVersion Version { get; set; } = version;

    public bool Deleted { get; set; } = deleted;

    public SourceRecord ToSource(string objectName) =>
        new(objectName, Id, new Dictionary<string, JsonElement>(Fields), Version, Deleted);
}
