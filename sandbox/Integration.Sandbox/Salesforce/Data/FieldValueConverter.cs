using Integration.Sandbox.Hosting;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Integration.Sandbox.Salesforce.Data;

/// <summary>Turns a JSON value sent by a client into the stored value of a field, or a DML error.</summary>
internal static class FieldValueConverter
{
    public static bool TryConvert(FieldDescribe field, JsonNode? node, out object? value, out DmlError? error)
    {
        value = null;
        error = null;
        if (node is null)
        {
            return true;
        }

        if (node is not JsonValue json)
        {
            error = ParserError(field, node.ToJsonString(SandboxJson.Options));
            return false;
        }

        var kind = json.GetValueKind();
        switch (field.Type)
        {
            case FieldType.Boolean when kind is JsonValueKind.True or JsonValueKind.False:
                value = kind == JsonValueKind.True ? StoredRecord.True : StoredRecord.False;
                return true;
            case var numeric when numeric.IsNumeric() && kind == JsonValueKind.Number:
                value = json.GetValue<decimal>();
                if (numeric == FieldType.Int && (decimal)value != decimal.Truncate((decimal)value))
                {
                    error = ParserError(field, value.ToString()!);
                    return false;
                }

                return true;
            case FieldType.Date when kind == JsonValueKind.String && SalesforceDateTime.TryParseDate(json.GetValue<string>(), out var date):
                value = date;
                return true;
            case FieldType.DateTime when kind == JsonValueKind.String && SalesforceDateTime.TryParse(json.GetValue<string>(), out var instant):
                value = instant;
                return true;
            case var text when text.IsText() && kind == JsonValueKind.String:
                return TryText(field, json.GetValue<string>(), out value, out error);
            case var text when text.IsText() && kind is JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False:
                return TryText(field, json.ToJsonString(SandboxJson.Options), out value, out error);
            default:
                error = ParserError(field, json.ToJsonString(SandboxJson.Options));
                return false;
        }
    }

    private static bool TryText(FieldDescribe field, string text, out object? value, out DmlError? error)
    {
        value = null;
        error = null;
        if (text.Length == 0)
        {
            return true;
        }

        if (field.Length > 0 && text.Length > field.Length && field.Type != FieldType.Reference)
        {
            error = new DmlError("STRING_TOO_LONG", $"{field.Label}: data value too large: {text} (max length={field.Length})", [field.Name]);
            return false;
        }

        if (field.Type == FieldType.Email && (text.IndexOf('@', StringComparison.Ordinal) <= 0 || text.EndsWith('@')))
        {
            error = new DmlError("INVALID_EMAIL_ADDRESS", $"{field.Label}: invalid email address: {text}", [field.Name]);
            return false;
        }

        value = text;
        return true;
    }

    private static DmlError ParserError(FieldDescribe field, string raw) => new(
        "JSON_PARSER_ERROR",
        $"Cannot deserialize instance of {field.Type.DescribeName()} from {raw} value or request may be missing a required field",
        [field.Name]);
}
