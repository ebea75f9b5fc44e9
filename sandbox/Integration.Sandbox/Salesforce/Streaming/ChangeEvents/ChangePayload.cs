using System.Globalization;
using System.Text.Json.Nodes;
using Integration.Sandbox.Salesforce.Data;

namespace Integration.Sandbox.Salesforce.Streaming.ChangeEvents;

/// <summary>
/// The field values of a change event as CometD delivers them: creates and undeletes carry every non-empty field,
/// updates only the changed fields plus <c>LastModifiedDate</c> (a field set to null as an explicit null), deletes
/// none. Id, IsDeleted and SystemModstamp are never in a payload. Contact's first and last names travel in the
/// compound <c>Name</c>, Account's billing fields in <c>BillingAddress</c>; changedFields names them
/// <c>Compound.Component</c>.
/// </summary>
internal static class ChangePayload
{
    private static readonly Dictionary<(string Entity, string Field), (string Compound, string Component)> Compounds = new()
    {
        [("Contact", "FirstName")] = ("Name", "FirstName"),
        [("Contact", "LastName")] = ("Name", "LastName"),
        [("Account", "BillingCity")] = ("BillingAddress", "City"),
        [("Account", "BillingCountry")] = ("BillingAddress", "Country"),
    };

    public static (JsonObject Fields, IReadOnlyList<string> ChangedFields, int Count) Build(CapturedChange change)
    {
        var fields = new JsonObject();
        var changed = new List<string>();
        var type = change.After.Type;
        switch (change.ChangeType)
        {
            case "DELETE":
                return (fields, changed, 1);
            case "UPDATE":
                foreach (var field in type.Fields.Where(f => Carried(f) && f != type.LastModifiedDateField))
                {
                    if (!Equals(change.Before![field], change.After[field]))
                    {
                        changed.Add(Put(fields, type, field, change.After[field]));
                    }
                }

                // Salesforce lists LastModifiedDate last, and sends it with every update.
                var counted = changed.Count;
                changed.Add(Put(fields, type, type.LastModifiedDateField, change.After[type.LastModifiedDateField]));
                return (fields, changed, Math.Max(1, counted));
            default:
                foreach (var field in type.Fields.Where(f => Carried(f) && change.After[f] is not null))
                {
                    Put(fields, type, field, change.After[field]);
                }

                return (fields, changed, 1);
        }
    }

    private static bool Carried(FieldDescribe field) =>
        field.Name is not ("Id" or "IsDeleted" or "SystemModstamp") && !(field.Name == "Name" && !field.Createable);

    private static string Put(JsonObject fields, SObjectType type, FieldDescribe field, object? value)
    {
        if (!Compounds.TryGetValue((type.Name, field.Name), out var compound))
        {
            fields[field.Name] = ToJson(value);
            return field.Name;
        }

        if (fields[compound.Compound] is not JsonObject nested)
        {
            nested = [];
            fields[compound.Compound] = nested;
        }

        nested[compound.Component] = ToJson(value);
        return $"{compound.Compound}.{compound.Component}";
    }

    /// <summary>CometD CDC datetimes are UTC with milliseconds and <c>Z</c>, unlike REST's <c>+0000</c>.</summary>
    private static JsonNode? ToJson(object? value) => value switch
    {
        null => null,
        DateTimeOffset at => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
        DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        decimal number => number,
        bool flag => flag,
        _ => value.ToString(),
    };
}
