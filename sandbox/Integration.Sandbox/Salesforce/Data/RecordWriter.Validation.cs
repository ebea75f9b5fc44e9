using System.Text.Json.Nodes;

namespace Integration.Sandbox.Salesforce.Data;

/// <summary>Field validation in the order Salesforce reports it: unknown, read-only, type, required, reference, unique.</summary>
internal sealed partial class RecordWriter
{
    private DmlError? Apply(SObjectType type, JsonObject body, object?[] values, bool insert, string? selfId)
    {
        var assigned = new List<(FieldDescribe Field, JsonNode? Node)>();
        var readOnly = new List<string>();
        foreach (var (name, node) in body)
        {
            if (string.Equals(name, "attributes", StringComparison.Ordinal))
            {
                continue;
            }

            var field = type.Field(name);
            if (field is null)
            {
                return DmlError.InvalidField(type, name);
            }

            if (insert ? !field.Createable : !field.Updateable)
            {
                readOnly.Add(field.Name);
            }

            assigned.Add((field, node));
        }

        if (readOnly.Count > 0)
        {
            return DmlError.NotWritable(readOnly);
        }

        foreach (var (field, node) in assigned)
        {
            if (!FieldValueConverter.TryConvert(field, node, out var value, out var error))
            {
                return error;
            }

            values[field.Ordinal] = value;
        }

        var missing = type.Fields.Where(f => f.RequiredOnCreate && values[f.Ordinal] is null).Select(f => f.Name).ToList();
        if (missing.Count > 0)
        {
            return DmlError.RequiredMissing(missing);
        }

        return CheckReferences(values, assigned) ?? CheckUnique(type, values, selfId);
    }

    private DmlError? CheckReferences(object?[] values, List<(FieldDescribe Field, JsonNode? Node)> assigned)
    {
        foreach (var (field, _) in assigned)
        {
            if (field.Type != FieldType.Reference || values[field.Ordinal] is not string raw)
            {
                continue;
            }

            var target = StandardSchema.Find(field.ReferenceTo!)!;
            if (!RecordId.TryNormalize(raw, target, out var id18))
            {
                return DmlError.MalformedId(target, raw, field.Name);
            }

            var parent = store.Table(target).Get(id18);
            if (parent is null)
            {
                return new DmlError("INVALID_CROSS_REFERENCE_KEY", "invalid cross reference id", [field.Name]);
            }

            if (parent.IsDeleted)
            {
                return new DmlError("ENTITY_IS_DELETED", "entity is deleted", [field.Name]);
            }

            values[field.Ordinal] = id18;
        }

        return null;
    }

    private DmlError? CheckUnique(SObjectType type, object?[] values, string? selfId)
    {
        foreach (var field in type.ExternalIdFields.Where(f => f.Unique))
        {
            if (values[field.Ordinal] is not string value)
            {
                continue;
            }

            var other = store.Table(type).FindByValue(field, value)
                .FirstOrDefault(id => !string.Equals(id, selfId, StringComparison.Ordinal));
            if (other is not null)
            {
                return DmlError.Duplicate(field.Name, other);
            }
        }

        return null;
    }
}
