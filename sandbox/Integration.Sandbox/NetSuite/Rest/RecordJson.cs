using System.Globalization;
using System.Text.Json.Nodes;
using Integration.Sandbox.NetSuite.Records;

namespace Integration.Sandbox.NetSuite.Rest;

/// <summary>
/// A record as REST web services return it: <c>links</c>, <c>id</c> (a string), <c>externalId</c>, body fields,
/// references as <c>{links, id, refName}</c>, and dates ISO 8601 in UTC (<c>2026-11-23T10:15:30Z</c>).
/// </summary>
internal static class RecordJson
{
    public static string Href(string origin, RecordType type, long id) => $"{origin}/services/rest/record/v1/{type.RestName}/{id.ToString(CultureInfo.InvariantCulture)}";

    public static string Origin(HttpRequest request) => $"{request.Scheme}://{request.Host}";

    public static JsonObject Render(StoredRecord record, AccountStore store, string origin)
    {
        var json = new JsonObject
        {
            ["links"] = PageLinks.Self(Href(origin, record.Type, record.Id)),
            ["id"] = record.Id.ToString(CultureInfo.InvariantCulture),
        };
        if (record.ExternalId is not null)
        {
            json["externalId"] = record.ExternalId;
        }

        foreach (var field in record.Type.Fields)
        {
            if (!record.Values.TryGetValue(field.Name, out var value))
            {
                continue;
            }

            json[field.Name] = field.Kind == FieldKind.Reference ? Reference(field, value.ToString(), store, origin) : value.DeepClone();
        }

        json[record.Type.CreatedColumn == "createddate" ? "createdDate" : "dateCreated"] = Iso(record.Created);
        json["lastModifiedDate"] = Iso(record.LastModified);
        return json;
    }

    public static string Iso(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static JsonObject Reference(FieldDefinition field, string id, AccountStore store, string origin)
    {
        var type = RecordType.ByRestName(field.Target!)!;
        var target = store.Table(type).ById(long.Parse(id, CultureInfo.InvariantCulture));
        var reference = new JsonObject { ["links"] = PageLinks.Self(Href(origin, type, long.Parse(id, CultureInfo.InvariantCulture))), ["id"] = id };
        if (target is not null)
        {
            reference["refName"] = type.RefName(target);
        }

        return reference;
    }
}
