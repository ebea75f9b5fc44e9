using System.Text.Json;
using Integration.Connectors.Salesforce.Soql;
using Integration.Core.Records;

namespace Integration.Connectors.Salesforce.Records;

/// <summary>Maps a query row (vendor JSON with <c>attributes</c>) to a <see cref="SourceRecord"/>; parent relationship fields flatten to <c>Account.Name</c>.</summary>
internal static class SalesforceRecordMapping
{
    private const string Attributes = "attributes";

    public static SourceRecord ToSourceRecord(string objectName, JsonElement row)
    {
        var fields = new Dictionary<string, JsonElement>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in row.EnumerateObject())
        {
            if (property.NameEquals(Attributes))
            {
                continue;
            }

            if (property.Value.ValueKind == JsonValueKind.Object && property.Value.TryGetProperty(Attributes, out _))
            {
                foreach (var child in property.Value.EnumerateObject().Where(c => !c.NameEquals(Attributes)))
                {
                    fields[property.Name + "." + child.Name] = child.Value.Clone();
                }

                continue;
            }

            fields[property.Name] = property.Value.Clone();
        }

        var id = fields.TryGetValue("Id", out var idValue) ? idValue.GetString() : null;
        if (string.IsNullOrEmpty(id))
        {
            throw new InvalidOperationException($"A {objectName} row came back without an Id.");
        }

        var stamp = fields.TryGetValue("SystemModstamp", out var stampValue) && stampValue.ValueKind == JsonValueKind.String
            && SalesforceDateTime.TryParse(stampValue.GetString(), out var parsed)
            ? parsed
            : DateTimeOffset.MinValue;
        var deleted = fields.TryGetValue("IsDeleted", out var deletedValue) && deletedValue.ValueKind == JsonValueKind.True;
        return new SourceRecord(objectName, id, fields, new RecordVersion(stamp), deleted);
    }
}
