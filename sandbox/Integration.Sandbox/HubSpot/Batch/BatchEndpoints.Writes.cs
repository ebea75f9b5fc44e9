using System.Text.Json.Nodes;
using Integration.Sandbox.HubSpot.Associations;
using Integration.Sandbox.HubSpot.Errors;
using Integration.Sandbox.HubSpot.Objects;
using Integration.Sandbox.HubSpot.Properties;

namespace Integration.Sandbox.HubSpot.Batch;

/// <summary>Batch create, update and upsert.</summary>
internal static partial class BatchEndpoints
{
    private static async Task<IResult> CreateAsync(HttpContext http, string objectType, TimeProvider time)
    {
        var (call, type, _, inputs, error) = await StartAsync(http, objectType, time);
        if (error is not null)
        {
            return error;
        }

        var started = call.Time.GetUtcNow();
        var portal = call.Call.Portal;
        var table = portal.Store.Table(type);
        var traced = inputs.Count > 0 && inputs.All(i => RequestBody.Text(i["objectWriteTraceId"]) is not null);
        return portal.Write(changes =>
        {
            var claimed = new HashSet<(string, string)>();
            var accepted = new List<(Dictionary<string, string?> Values, List<(AssociationType, long)> Associations)>();
            var errors = new JsonArray();
            foreach (var input in inputs)
            {
                var values = PropertyValues.Read(input["properties"] as JsonObject);
                var problem = CrmWriter.Check(table, values, null, claimed);
                var associations = problem is null ? InlineAssociations.Read(portal.Store, type, input["associations"] as JsonArray, out problem) : [];
                var context = new JsonObject { ["objectWriteTraceId"] = new JsonArray(RequestBody.Text(input["objectWriteTraceId"])) };
                if (problem is not null && !traced)
                {
                    return problem.ToResult();
                }

                if ((problem?.ToBatchError(context) ?? RecordFault(call, context)) is { } failed)
                {
                    errors.Add(failed);
                    continue;
                }

                accepted.Add((values, associations));
            }

            var results = new JsonArray();
            foreach (var (values, associations) in accepted)
            {
                var record = portal.Writer.Create(table, values, call.Call.Origin, changes);
                foreach (var (associationType, toId) in associations)
                {
                    portal.Writer.Associate(associationType, record.Id, toId, call.Call.Origin, changes);
                }

                results.Add(RecordJson.Render(table, record, [.. type.DefaultProperties, .. values.Keys]));
            }

            return BatchResponse.Build(results, errors, started, call.Time.GetUtcNow(), successStatus: 201);
        });
    }

    private static async Task<IResult> UpdateAsync(HttpContext http, string objectType, TimeProvider time)
    {
        var (call, type, _, inputs, error) = await StartAsync(http, objectType, time);
        if (error is not null)
        {
            return error;
        }

        var started = call.Time.GetUtcNow();
        var portal = call.Call.Portal;
        var table = portal.Store.Table(type);
        return portal.Write(changes =>
        {
            var found = new List<(CrmRecord Record, Dictionary<string, string?> Values)>();
            var missing = new List<string>();
            var errors = new JsonArray();
            foreach (var input in inputs)
            {
                var id = RequestBody.Text(input["id"]) ?? string.Empty;
                var (record, _) = ObjectLookup.Find(table, id, RequestBody.Text(input["idProperty"]), archived: false);
                if (record is null)
                {
                    missing.Add(id);
                    continue;
                }

                var values = PropertyValues.Read(input["properties"] as JsonObject);
                if (CrmWriter.Check(table, values, record) is { } problem)
                {
                    return problem.ToResult();
                }

                if (RecordFault(call, new JsonObject { ["ids"] = new JsonArray(id) }) is { } failed)
                {
                    errors.Add(failed);
                    continue;
                }

                found.Add((record, values));
            }

            var results = new JsonArray();
            foreach (var (record, values) in found)
            {
                portal.Writer.Update(table, record, values, call.Call.Origin, changes);
                results.Add(RecordJson.Render(table, record, [.. type.DefaultProperties, .. values.Keys]));
            }

            if (missing.Count > 0)
            {
                errors.Add(BatchResponse.NotFound(type.Singular, missing));
            }

            return BatchResponse.Build(results, errors, started, call.Time.GetUtcNow());
        });
    }

    private static async Task<IResult> UpsertAsync(HttpContext http, string objectType, TimeProvider time)
    {
        var (call, type, _, inputs, error) = await StartAsync(http, objectType, time);
        if (error is not null)
        {
            return error;
        }

        var started = call.Time.GetUtcNow();
        var portal = call.Call.Portal;
        var table = portal.Store.Table(type);
        var keys = inputs.Select(i => (Property: RequestBody.Text(i["idProperty"]) ?? string.Empty, Id: RequestBody.Text(i["id"]) ?? string.Empty)).ToList();
        var bad = keys.FirstOrDefault(k => k.Property != "hs_object_id" && table.Property(k.Property) is not { HasUniqueValue: true });
        if (bad.Property is not null)
        {
            return HubSpotError.Validation($"idProperty '{bad.Property}' is not a unique property of {type.Name}; upsert needs a property with unique values.");
        }

        var duplicates = keys.GroupBy(k => (k.Property, k.Id.ToUpperInvariant())).Where(g => g.Count() > 1).Select(g => g.First().Id).ToList();
        if (duplicates.Count > 0)
        {
            return HubSpotError.Validation($"Duplicate IDs found in batch input: [{string.Join(", ", duplicates)}]. IDs must be unique");
        }

        return portal.Write(changes =>
        {
            var plan = new List<(CrmRecord? Existing, Dictionary<string, string?> Values)>();
            var claimed = new HashSet<(string, string)>();
            var errors = new JsonArray();
            for (var i = 0; i < inputs.Count; i++)
            {
                var (property, id) = keys[i];
                var existing = table.FindUnique(property, id);
                var values = PropertyValues.Read(inputs[i]["properties"] as JsonObject);
                if (existing is null && property != "hs_object_id")
                {
                    values[property] = id;
                }

                if (existing is null && property == "hs_object_id")
                {
                    errors.Add(BatchResponse.NotFound(type.Singular, [id]));
                    continue;
                }

                if (CrmWriter.Check(table, values, existing, claimed) is { } problem)
                {
                    return problem.ToResult();
                }

                if (RecordFault(call, new JsonObject { ["ids"] = new JsonArray(id) }) is { } failed)
                {
                    errors.Add(failed);
                    continue;
                }

                plan.Add((existing, values));
            }

            var results = new JsonArray();
            foreach (var (existing, values) in plan)
            {
                var record = existing ?? portal.Writer.Create(table, values, call.Call.Origin, changes);
                if (existing is not null)
                {
                    portal.Writer.Update(table, existing, values, call.Call.Origin, changes);
                }

                var json = RecordJson.Render(table, record, [.. type.DefaultProperties, .. values.Keys]);
                json["new"] = existing is null;
                results.Add(json);
            }

            return BatchResponse.Build(results, errors, started, call.Time.GetUtcNow());
        });
    }
}
