using System.Text.Json;
using Integration.Core.CrossReference;

namespace Integration.Core.Processing;

/// <summary>The values decided for one side of a record pair, and the fingerprints they leave behind.</summary>
internal sealed class SideWrites
{
    /// <summary>Whether any field flows to this side (a missing record is then created, even with no value to write).</summary>
    public bool Wanted { get; set; }

    public Dictionary<string, JsonElement> Fields { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, FieldFingerprints> Fingerprints { get; } = new(StringComparer.Ordinal);
}
