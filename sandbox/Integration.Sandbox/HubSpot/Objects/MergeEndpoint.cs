using Integration.Sandbox.HubSpot.Auth;
using Integration.Sandbox.HubSpot.Errors;

namespace Integration.Sandbox.HubSpot.Objects;

/// <summary>
/// <c>POST /crm/v3/objects/{type}/merge</c> <c>{"primaryObjectId","objectIdToMerge"}</c>: the primary keeps its id
/// and gains the values it lacked; the merged record is archived; one <c>*.merge</c> event names both.
/// </summary>
internal static class MergeEndpoint
{
    public static async Task<IResult> HandleAsync(HttpContext http, string objectType)
    {
        var call = HubSpotCall.From(http);
        if (CrmObjectTypes.Find(objectType) is not { } type)
        {
            return HubSpotError.UnknownObjectType(objectType);
        }

        var (body, _) = await RequestBody.ReadAsync(http.Request);
        var primaryText = RequestBody.Text(body?["primaryObjectId"]);
        var mergedText = RequestBody.Text(body?["objectIdToMerge"]);
        var table = call.Portal.Store.Table(type);
        return call.Portal.Write(changes =>
        {
            var primary = long.TryParse(primaryText, out var p) ? table.Find(p) : null;
            var merged = long.TryParse(mergedText, out var m) ? table.Find(m) : null;
            if (primary is not { Archived: false } || merged is not { Archived: false } || primary == merged)
            {
                return HubSpotError.Validation($"Cannot merge {mergedText} into {primaryText}: both must be different live {type.Name}.");
            }

            var moved = merged.Properties
                .Where(kv => !string.IsNullOrEmpty(kv.Value) && string.IsNullOrEmpty(primary.Get(kv.Key)) && table.Property(kv.Key) is { ReadOnlyValue: false })
                .ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
            var origin = call.Origin;
            call.Portal.Writer.Archive(table, merged, origin, []);
            call.Portal.Writer.Update(table, primary, moved, origin, []);
            changes.Add(new ChangeNotice(type, primary.Id, ChangeKind.Merge, origin, primary.UpdatedAt)
            {
                MergedObjectIds = [merged.Id],
                NumberOfPropertiesMoved = moved.Count,
            });
            return HubSpotError.Json(RecordJson.Render(table, primary, null), 200);
        });
    }
}
