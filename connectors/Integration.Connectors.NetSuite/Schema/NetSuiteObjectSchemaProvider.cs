using Integration.Core.Schema;

namespace Integration.Connectors.NetSuite.Schema;

/// <summary>
/// A static description of the record types this connector supports (customer, contact, salesOrder),
/// their commonly mapped standard body fields as the REST record API names them. The metadata catalog
/// (<c>/record/v1/metadata-catalog/{type}</c>) is not read: its JSON-schema shape is not verified here,
/// and custom fields (<c>custentity…</c>) are therefore unknown to plan validation.
/// </summary>
internal sealed class NetSuiteObjectSchemaProvider : IObjectSchemaProvider
{
    private static readonly Dictionary<string, ObjectSchema> Schemas = new(StringComparer.OrdinalIgnoreCase)
    {
        ["customer"] = new("customer",
        [
            ReadOnly("id", "integer"), Field("externalId", "string", externalId: true), Field("entityId", "string"),
            Field("companyName", "string"), Field("email", "string"), Field("phone", "string"), Field("url", "string"),
            Field("isPerson", "boolean"), Field("firstName", "string"), Field("lastName", "string"), Field("comments", "string"),
            Reference("subsidiary", "subsidiary"), Reference("currency", "currency"), Reference("parent", "customer"),
            ReadOnly("dateCreated", "datetime"), ReadOnly("lastModifiedDate", "datetime"),
        ]),
        ["contact"] = new("contact",
        [
            ReadOnly("id", "integer"), Field("externalId", "string", externalId: true), Field("entityId", "string"),
            Field("firstName", "string"), Field("lastName", "string"), Field("email", "string"), Field("phone", "string"),
            Field("title", "string"), Reference("company", "customer"), Reference("subsidiary", "subsidiary"),
            ReadOnly("dateCreated", "datetime"), ReadOnly("lastModifiedDate", "datetime"),
        ]),
        ["salesOrder"] = new("salesOrder",
        [
            ReadOnly("id", "integer"), Field("externalId", "string", externalId: true), ReadOnly("tranId", "string"),
            Reference("entity", "customer"), Field("tranDate", "date"), Field("memo", "string"), Field("otherRefNum", "string"),
            Reference("currency", "currency"), Reference("subsidiary", "subsidiary"), ReadOnly("total", "number"),
            ReadOnly("status", "string"), ReadOnly("createdDate", "datetime"), ReadOnly("lastModifiedDate", "datetime"),
        ]),
    };

    public Task<ObjectSchema?> DescribeAsync(string objectName, CancellationToken cancellationToken) =>
        Task.FromResult(Schemas.GetValueOrDefault(objectName));

    private static FieldSchema Field(string name, string type, bool externalId = false) => new(name, type, true, true, externalId, [], []);

    private static FieldSchema ReadOnly(string name, string type) => new(name, type, false, false, false, [], []);

    private static FieldSchema Reference(string name, string target) => new(name, "reference", true, true, false, [target], []);
}
