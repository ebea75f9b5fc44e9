using System.Text.Json.Nodes;
using Integration.Sandbox.Salesforce.Rest;

namespace Integration.Sandbox.Salesforce.Soql.Evaluation;

/// <summary>A record row as query JSON: <c>attributes</c>, the selected fields in order, parent fields nested under the relationship name.</summary>
internal static class RowProjector
{
    public static JsonObject Project(BoundQuery query, SoqlRow row, string apiVersion)
    {
        var json = new JsonObject { ["attributes"] = RecordJson.Attributes(apiVersion, row.Record) };
        foreach (var item in query.Select)
        {
            var field = item.Field!;
            if (field.Relationship is null)
            {
                json[field.Field.Name] = RecordJson.Value(field.Read(row), field.Field.Type);
                continue;
            }

            var parent = row.Parents[field.ParentIndex];
            if (parent is null)
            {
                json[field.Relationship.Name] = null;
                continue;
            }

            if (json[field.Relationship.Name] is not JsonObject nested)
            {
                nested = new JsonObject { ["attributes"] = RecordJson.Attributes(apiVersion, parent) };
                json[field.Relationship.Name] = nested;
            }

            nested[field.Field.Name] = RecordJson.Value(field.Read(row), field.Field.Type);
        }

        return json;
    }
}
