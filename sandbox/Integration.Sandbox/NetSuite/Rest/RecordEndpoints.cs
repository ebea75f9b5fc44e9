using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Integration.Sandbox.Hosting;
using Integration.Sandbox.NetSuite.Records;

namespace Integration.Sandbox.NetSuite.Rest;

/// <summary>
/// <c>/services/rest/record/v1/{type}</c>: GET one (by id or <c>eid:</c>), list, POST, PATCH, PUT <c>eid:</c>
/// (upsert) and DELETE. Writes answer 204 with a <c>Location</c> header and no body.
/// </summary>
internal static class RecordEndpoints
{
    private const string EidPrefix = "eid:";

    public static void Map(RouteGroupBuilder record)
    {
        record.MapGet("/{type}", List);
        record.MapGet("/{type}/{key}", Get);
        record.MapPost("/{type}", CreateAsync);
        record.MapPatch("/{type}/{key}", UpdateAsync);
        record.MapPut("/{type}/{key}", UpsertAsync);
        record.MapDelete("/{type}/{key}", Delete);
    }

    private static IResult List(string type, HttpContext http)
    {
        if (RecordType.ByRestName(type) is not { } recordType)
        {
            return UnknownType(type);
        }

        if (http.Request.Query.ContainsKey("q"))
        {
            return new NetSuiteError(400, "INVALID_PARAMETER", "The sandbox does not emulate the q filter on record collections; use SuiteQL.", QueryParam: "q").ToResult();
        }

        if (PageLinks.Read(http.Request, out var limit, out var offset) is { } error)
        {
            return error.ToResult();
        }

        var account = NetSuiteRequestGate.Account(http);
        var origin = RecordJson.Origin(http.Request);
        JsonArray items;
        int total;
        lock (account.Store.Gate)
        {
            var table = account.Store.Table(recordType);
            total = table.Count;
            items = [.. table.Rows.Skip(offset).Take(limit).Select(r => (JsonNode)new JsonObject
            {
                ["links"] = PageLinks.Self(RecordJson.Href(origin, recordType, r.Id)),
                ["id"] = r.Id.ToString(CultureInfo.InvariantCulture),
            })];
        }

        var reachable = Math.Min(total, PageLinks.MaxResults);
        var page = new JsonObject
        {
            ["links"] = PageLinks.Build($"{origin}/services/rest/record/v1/{recordType.RestName}", limit, offset, reachable),
            ["count"] = items.Count,
            ["hasMore"] = offset + items.Count < reachable,
            ["items"] = items,
            ["offset"] = offset,
            ["totalResults"] = total,
        };
        return Json(page);
    }

    private static IResult Get(string type, string key, HttpContext http)
    {
        if (RecordType.ByRestName(type) is not { } recordType)
        {
            return UnknownType(type);
        }

        var account = NetSuiteRequestGate.Account(http);
        lock (account.Store.Gate)
        {
            return Find(account.Store, recordType, key) is { } record
                ? Json(RecordJson.Render(record, account.Store, RecordJson.Origin(http.Request)))
                : NetSuiteError.NotFound($"{type} {key}").ToResult();
        }
    }

    private static async Task<IResult> CreateAsync(string type, HttpContext http)
    {
        if (RecordType.ByRestName(type) is not { } recordType)
        {
            return UnknownType(type);
        }

        var (body, error) = await ReadBodyAsync(http);
        return error?.ToResult() ?? Written(http, NetSuiteRequestGate.Account(http).Writer.Create(recordType, body!, Strict(http)));
    }

    private static async Task<IResult> UpdateAsync(string type, string key, HttpContext http)
    {
        if (RecordType.ByRestName(type) is not { } recordType)
        {
            return UnknownType(type);
        }

        var (body, error) = await ReadBodyAsync(http);
        if (error is not null)
        {
            return error.ToResult();
        }

        var account = NetSuiteRequestGate.Account(http);
        long? id;
        lock (account.Store.Gate)
        {
            id = Find(account.Store, recordType, key)?.Id;
        }

        return id is null ? NetSuiteError.NotFound($"{type} {key}").ToResult() : Written(http, account.Writer.Update(recordType, id.Value, body!, Strict(http)));
    }

    private static async Task<IResult> UpsertAsync(string type, string key, HttpContext http)
    {
        if (RecordType.ByRestName(type) is not { } recordType)
        {
            return UnknownType(type);
        }

        if (!key.StartsWith(EidPrefix, StringComparison.Ordinal) || key.Length == EidPrefix.Length)
        {
            return new NetSuiteError(405, "INVALID_METHOD", "PUT is supported only for upsert by external ID: /record/v1/{type}/eid:{externalId}.").ToResult();
        }

        var (body, error) = await ReadBodyAsync(http);
        return error?.ToResult() ?? Written(http, NetSuiteRequestGate.Account(http).Writer.Upsert(recordType, key[EidPrefix.Length..], body!, Strict(http)));
    }

    private static IResult Delete(string type, string key, HttpContext http)
    {
        if (RecordType.ByRestName(type) is not { } recordType)
        {
            return UnknownType(type);
        }

        var account = NetSuiteRequestGate.Account(http);
        long? id;
        lock (account.Store.Gate)
        {
            id = Find(account.Store, recordType, key)?.Id;
        }

        var error = id is null ? NetSuiteError.NotFound($"{type} {key}") : account.Writer.Delete(recordType, id.Value);
        return error?.ToResult() ?? Results.NoContent();
    }

    private static StoredRecord? Find(AccountStore store, RecordType type, string key) =>
        key.StartsWith(EidPrefix, StringComparison.Ordinal) ? store.Table(type).ByExternalId(key[EidPrefix.Length..])
        : long.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? store.Table(type).ById(id)
        : null;

    private static IResult Written(HttpContext http, WriteResult result)
    {
        if (result.Error is { } error)
        {
            return error.ToResult();
        }

        http.Response.Headers.Location = RecordJson.Href(RecordJson.Origin(http.Request), result.Record!.Type, result.Record.Id);
        return Results.NoContent();
    }

    private static bool Strict(HttpContext http) =>
        string.Equals(http.Request.Headers["X-NetSuite-PropertyNameValidation"], "error", StringComparison.OrdinalIgnoreCase);

    private static async Task<(JsonObject? Body, NetSuiteError? Error)> ReadBodyAsync(HttpContext http)
    {
        try
        {
            var node = await JsonNode.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted);
            return node is JsonObject body ? (body, null) : (null, InvalidContent("The request body must be a JSON object."));
        }
        catch (JsonException exception)
        {
            return (null, InvalidContent($"Invalid JSON: {exception.Message}"));
        }
    }

    private static NetSuiteError InvalidContent(string detail) => new(400, "INVALID_CONTENT", detail);

    private static IResult UnknownType(string type) =>
        new NetSuiteError(404, "INVALID_RCRD_TYPE", $"Record type '{type}' does not exist (the sandbox emulates customer, contact and salesOrder).").ToResult();

    private static IResult Json(JsonObject body) => Results.Content(body.ToJsonString(SandboxJson.Options), "application/vnd.oracle.resource+json; type=singular; charset=utf-8");
}
