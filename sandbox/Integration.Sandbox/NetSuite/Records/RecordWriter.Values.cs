using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Integration.Sandbox.NetSuite.Rest;

namespace Integration.Sandbox.NetSuite.Records;

/// <summary>Body parsing: field types, references, external id uniqueness, required fields.</summary>
internal sealed partial class RecordWriter
{
    private static readonly HashSet<string> ReadOnlyFields = new(StringComparer.Ordinal) { "id", "links", "lastModifiedDate", "dateCreated", "createdDate", "refName" };

    private NetSuiteError? Apply(StoredRecord record, JsonObject body, bool strictNames, bool creating)
    {
        var type = record.Type;
        var values = new Dictionary<string, JsonValue?>(StringComparer.Ordinal);
        string? externalId = record.ExternalId;
        foreach (var (name, node) in body)
        {
            if (name == "externalId")
            {
                if (node is not JsonValue eid || eid.GetValueKind() != JsonValueKind.String || string.IsNullOrEmpty(eid.ToString()))
                {
                    return NetSuiteError.User("Invalid Field Value for the following field: externalId", "externalId");
                }

                externalId = eid.ToString();
                if (store.Table(type).ByExternalId(externalId) is { } other && other.Id != record.Id)
                {
                    return NetSuiteError.User($"A {type.RestName} record with external ID {externalId} already exists.", "externalId");
                }

                continue;
            }

            if (type.Field(name) is not { } field)
            {
                if (strictNames && !ReadOnlyFields.Contains(name))
                {
                    return new NetSuiteError(400, "NONEXISTENT_FIELD", $"Invalid field name '{name}'. The field does not exist on the {type.RestName} record.", name);
                }

                continue;
            }

            var (value, error) = Convert(field, node);
            if (error is not null)
            {
                return error;
            }

            values[name] = value;
        }

        if (creating)
        {
            foreach (var field in type.Fields.Where(f => f.Required && (!values.TryGetValue(f.Name, out var v) || v is null)))
            {
                return NetSuiteError.User($"Please enter value(s) for: {field.Name}", field.Name);
            }
        }

        foreach (var (name, value) in values)
        {
            if (value is null)
            {
                record.Values.Remove(name);
            }
            else
            {
                record.Values[name] = value;
            }
        }

        if (creating)
        {
            record.ExternalId = externalId;
        }
        else
        {
            store.Table(type).SetExternalId(record, externalId);
        }

        return null;
    }

    private (JsonValue? Value, NetSuiteError? Error) Convert(FieldDefinition field, JsonNode? node)
    {
        if (node is null)
        {
            return (null, null);
        }

        var invalid = NetSuiteError.User($"Invalid Field Value {node.ToJsonString()} for the following field: {field.Name}", field.Name);
        var kind = node.GetValueKind();
        return field.Kind switch
        {
            FieldKind.Text when kind == JsonValueKind.String => (JsonValue.Create(node.GetValue<string>()), null),
            FieldKind.Number when kind == JsonValueKind.Number => (JsonValue.Create(node.GetValue<decimal>()), null),
            FieldKind.Boolean when kind is JsonValueKind.True or JsonValueKind.False => (JsonValue.Create(node.GetValue<bool>()), null),
            FieldKind.Date when kind == JsonValueKind.String && DateOnly.TryParseExact(node.GetValue<string>(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
                => (JsonValue.Create(node.GetValue<string>()), null),
            FieldKind.Reference when node is JsonObject reference => ResolveReference(field, reference, invalid),
            _ => (null, invalid),
        };
    }

    private (JsonValue? Value, NetSuiteError? Error) ResolveReference(FieldDefinition field, JsonObject reference, NetSuiteError invalid)
    {
        var table = store.Table(RecordType.ByRestName(field.Target!)!);
        StoredRecord? target = null;
        if (reference["id"] is JsonValue id && long.TryParse(id.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var internalId))
        {
            target = table.ById(internalId);
        }
        else if (reference["externalId"] is JsonValue eid)
        {
            target = table.ByExternalId(eid.ToString());
        }

        return target is null ? (null, invalid) : (JsonValue.Create(target.Id.ToString(CultureInfo.InvariantCulture)), null);
    }
}
