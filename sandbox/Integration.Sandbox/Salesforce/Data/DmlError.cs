namespace Integration.Sandbox.Salesforce.Data;

/// <summary>A DML failure as Salesforce reports it: status code, message, fields, and the HTTP status of a single-record call.</summary>
internal sealed record DmlError(string StatusCode, string Message, IReadOnlyList<string> Fields, int HttpStatus = 400)
{
    public static DmlError NotFound() => new("NOT_FOUND", "The requested resource does not exist", [], 404);

    public static DmlError EntityIsDeleted() => new("ENTITY_IS_DELETED", "entity is deleted", [], 404);

    public static DmlError MalformedId(SObjectType type, string value, string field = "Id") =>
        new("MALFORMED_ID", $"{type.Name} ID: id value of incorrect type: {value}", [field]);

    public static DmlError InvalidField(SObjectType type, string field) =>
        new("INVALID_FIELD", $"No such column '{field}' on sobject of type {type.Name}", []);

    public static DmlError NotWritable(IReadOnlyList<string> fields) => new(
        "INVALID_FIELD_FOR_INSERT_UPDATE",
        $"Unable to create/update fields: {string.Join(", ", fields)}. Please check the security settings of this field and verify that it is read/write for your profile or permission set.",
        fields);

    public static DmlError RequiredMissing(IReadOnlyList<string> fields) =>
        new("REQUIRED_FIELD_MISSING", $"Required fields are missing: [{string.Join(", ", fields)}]", fields);

    public static DmlError Duplicate(string field, string existingId) =>
        new("DUPLICATE_VALUE", $"duplicate value found: {field} duplicates value on record with id: {existingId}", [field]);
}
