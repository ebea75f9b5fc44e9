using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using WireMock;
using WireMock.Types;
using WireMock.Util;

namespace Integration.Connectors.Tests.HubSpot;

/// <summary>
/// Answers search requests the way HubSpot does, over records with ids 1..n: filters
/// <c>hs_object_id GT</c>, sorts by <c>hs_object_id</c> ascending, pages by an integer offset
/// <c>after</c>, and refuses (400 VALIDATION_ERROR) to page past <paramref name="cap"/> results.
/// </summary>
internal sealed class SearchEmulator(int records, int cap)
{
    public int Refused { get; private set; }

    public IResponseMessage Answer(IRequestMessage request)
    {
        var body = JsonNode.Parse(request.Body!)!;
        var limit = body["limit"]!.GetValue<int>();
        var after = body["after"] is { } a ? int.Parse(a.GetValue<string>(), CultureInfo.InvariantCulture) : 0;
        if (after + limit > cap)
        {
            Refused++;
            return Json(400, """{"status":"error","message":"paging past the result cap","correlationId":"c-1","category":"VALIDATION_ERROR"}""");
        }

        var greaterThan = body["filterGroups"]!.AsArray()
            .SelectMany(group => group!["filters"]!.AsArray())
            .Where(filter => filter!["propertyName"]!.GetValue<string>() == "hs_object_id" && filter["operator"]!.GetValue<string>() == "GT")
            .Select(filter => long.Parse(filter!["value"]!.GetValue<string>(), CultureInfo.InvariantCulture))
            .DefaultIfEmpty(0)
            .Max();
        var matching = Enumerable.Range(1, records).Where(id => id > greaterThan).ToList();
        var page = matching.Skip(after).Take(limit).ToList();
        var results = page.Select(id => new
        {
            id = id.ToString(CultureInfo.InvariantCulture),
            properties = new Dictionary<string, string?> { ["hs_object_id"] = id.ToString(CultureInfo.InvariantCulture), ["email"] = $"c{id}@example.com" },
            createdAt = "2026-01-01T00:00:00Z",
            updatedAt = "2026-02-01T00:00:00Z",
            archived = false,
        });
        object? paging = after + limit < matching.Count ? new { next = new { after = (after + limit).ToString(CultureInfo.InvariantCulture) } } : null;
        return Json(200, JsonSerializer.Serialize(new { total = matching.Count, results, paging }));
    }

    private static ResponseMessage Json(int status, string json)
    {
        var response = new ResponseMessage
        {
            StatusCode = status,
            BodyData = new BodyData { BodyAsString = json, DetectedBodyType = BodyType.String, Encoding = System.Text.Encoding.UTF8 },
        };
        response.AddHeader("Content-Type", "application/json");
        return response;
    }
}
