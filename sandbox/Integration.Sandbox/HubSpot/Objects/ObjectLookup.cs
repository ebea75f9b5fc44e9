using Integration.Sandbox.HubSpot.Errors;

namespace Integration.Sandbox.HubSpot.Objects;

/// <summary>Finds a record by its id, or by the value of a unique property named in <c>idProperty</c>.</summary>
internal static class ObjectLookup
{
    /// <summary>The record, or the error to answer (404 OBJECT_NOT_FOUND, 400 for a property that is not unique).</summary>
    public static (CrmRecord? Record, IResult? Error) Find(ObjectTable table, string id, string? idProperty, bool archived)
    {
        if (idProperty is not null && idProperty != "hs_object_id")
        {
            if (table.Property(idProperty) is not { HasUniqueValue: true })
            {
                return (null, HubSpotError.Validation($"{idProperty} is not a unique property of {table.Type.Name}; idProperty must name a property with unique values."));
            }

            var byValue = archived
                ? table.Ordered.FirstOrDefault(r => r.Archived && string.Equals(r.Get(idProperty), id, StringComparison.OrdinalIgnoreCase))
                : table.FindUnique(idProperty, id);
            return byValue is null ? (null, HubSpotError.ObjectNotFound(id)) : (byValue, null);
        }

        var record = long.TryParse(id, out var numeric) ? table.Find(numeric) : null;
        return record is null || record.Archived != archived ? (null, HubSpotError.ObjectNotFound(id)) : (record, null);
    }
}
