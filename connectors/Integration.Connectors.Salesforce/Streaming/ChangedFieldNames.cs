using System.Text.Json;

namespace Integration.Connectors.Salesforce.Streaming;

/// <summary>
/// The sObject field names of a change. Compound fields travel nested (<c>BillingAddress: {Street, City}</c>)
/// and <c>changedFields</c> names their components as <c>CompoundField.ComponentField</c>; the object's own
/// fields are <c>BillingStreet</c>, <c>FirstName</c>, <c>Location__Latitude__s</c> (Change Data Capture
/// Developer Guide, "Get Compound Fields in Change Events"), which is what the engine reads and maps.
/// </summary>
internal static class ChangedFieldNames
{
    private const string HeaderField = "ChangeEventHeader";
    private const string AddressSuffix = "Address";
    private const string CustomSuffix = "__c";
    private const string DiffMember = "diff";

    /// <summary>The header's <c>changedFields</c> when given, else the payload's top-level fields; compound components flattened.</summary>
    public static IReadOnlyList<string> From(ChangeEventHeader header, JsonElement payload)
    {
        if (header.ChangedFields is { Count: > 0 } changed)
        {
            return changed.Select(Flatten).Distinct(StringComparer.Ordinal).ToList();
        }

        var fields = new List<string>();
        foreach (var property in payload.EnumerateObject())
        {
            if (property.NameEquals(HeaderField))
            {
                continue;
            }

            // A large text change arrives as {"diff": "..."}: the field itself changed, not a compound.
            if (property.Value.ValueKind == JsonValueKind.Object && !property.Value.TryGetProperty(DiffMember, out _))
            {
                fields.AddRange(property.Value.EnumerateObject().Select(c => Component(property.Name, c.Name)));
            }
            else
            {
                fields.Add(property.Name);
            }
        }

        return fields.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary><c>BillingAddress.City</c> → <c>BillingCity</c>; <c>Name.FirstName</c> → <c>FirstName</c>; <c>Site__c.Latitude</c> → <c>Site__Latitude__s</c>.</summary>
    public static string Flatten(string field)
    {
        var dot = field.IndexOf('.', StringComparison.Ordinal);
        return dot <= 0 || dot == field.Length - 1 ? field : Component(field[..dot], field[(dot + 1)..]);
    }

    private static string Component(string compound, string component)
    {
        if (compound.EndsWith(CustomSuffix, StringComparison.Ordinal))
        {
            return $"{compound[..^CustomSuffix.Length]}__{component}__s";
        }

        if (compound.EndsWith(AddressSuffix, StringComparison.Ordinal) && compound.Length > AddressSuffix.Length)
        {
            return compound[..^AddressSuffix.Length] + component;
        }

        // Name (Contact, Lead, User): components are the object's own FirstName, LastName, Salutation…
        return component;
    }
}
