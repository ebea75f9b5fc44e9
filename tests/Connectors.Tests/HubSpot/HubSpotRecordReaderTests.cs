using System.Text.Json.Nodes;
using Integration.Core.Records;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Integration.Connectors.Tests.HubSpot;

public sealed class HubSpotRecordReaderTests : IDisposable
{
    private readonly HubSpotWireMock _hubSpot = new(new Dictionary<string, string?>
    {
        ["HubSpot:Connections:main:SearchPageSize"] = "2",
        ["HubSpot:Connections:main:SearchWindowSize"] = "6",
        // The real 5 per second would make the 12 search requests take 2 s of wall time.
        ["HubSpot:Connections:main:RequestBudget:SecondlyLimit"] = "1000",
        ["HubSpot:Connections:main:RequestBudget:RequestsPerInterval"] = "10000",
    });

    public void Dispose() => _hubSpot.Dispose();

    [Fact]
    public async Task ReadByIds_posts_batch_read_and_leaves_out_ids_a_207_reports_missing()
    {
        _hubSpot.Server.Given(Request.Create().WithPath("/crm/v3/objects/contacts/batch/read").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(207).WithHeader("Content-Type", "application/json").WithBody("""
                {"status":"COMPLETE","results":[{"id":"1","properties":{"email":"a@example.com","hs_object_id":"1","lastmodifieddate":"2026-03-01T10:00:00.000Z"},"createdAt":"2026-01-01T00:00:00Z","updatedAt":"2026-03-01T10:00:00Z","archived":false}],
                 "numErrors":1,"errors":[{"status":"error","category":"OBJECT_NOT_FOUND","message":"Could not get some CONTACT objects, they may be deleted or not exist. Check that ids are valid.","context":{"ids":["2"]}}],
                 "startedAt":"2026-03-01T10:00:01Z","completedAt":"2026-03-01T10:00:01Z"}
                """));

        var records = await _hubSpot.Connector.Reader.ReadByIdsAsync("contacts", ["1", "2"], ["email"], TestContext.Current.CancellationToken);

        var request = Assert.Single(_hubSpot.Requests);
        HubSpotWireMock.AssertRequest(request, "POST", "/crm/v3/objects/contacts/batch/read", body: """
            {"inputs":[{"id":"1"},{"id":"2"}],"properties":["email","hs_object_id","lastmodifieddate"]}
            """);
        var record = Assert.Single(records);
        Assert.Equal(("contacts", "1", "a@example.com", false), (record.ObjectName, record.Id, record.Fields["email"].GetString(), record.IsDeleted));
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 10, 0, 0, TimeSpan.Zero), record.Version.ModifiedAt);
    }

    [Fact]
    public async Task StreamAsync_reads_past_the_search_cap_by_windows_with_none_missed_and_none_duplicated()
    {
        var emulator = new SearchEmulator(records: 23, cap: 6);
        _hubSpot.Server.Given(Request.Create().WithPath("/crm/v3/objects/contacts/search").UsingPost())
            .RespondWith(Response.Create().WithCallback(emulator.Answer));

        var ids = new List<string>();
        await foreach (var record in _hubSpot.Connector.Reader.StreamAsync("contacts", ["email"], new RecordStreamOptions(), TestContext.Current.CancellationToken))
        {
            ids.Add(record.Id);
        }

        Assert.Equal(Enumerable.Range(1, 23).Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture)), ids);
        Assert.Equal(0, emulator.Refused);
        var requests = _hubSpot.Requests;
        HubSpotWireMock.AssertRequest(requests[0], "POST", "/crm/v3/objects/contacts/search", body: """
            {"filterGroups":[],"sorts":[{"propertyName":"hs_object_id","direction":"ASCENDING"}],
             "properties":["email","hs_object_id","lastmodifieddate"],"limit":2}
            """);
        HubSpotWireMock.AssertRequest(requests[1], "POST", "/crm/v3/objects/contacts/search", body: """
            {"filterGroups":[],"sorts":[{"propertyName":"hs_object_id","direction":"ASCENDING"}],
             "properties":["email","hs_object_id","lastmodifieddate"],"limit":2,"after":"2"}
            """);
        HubSpotWireMock.AssertRequest(requests[3], "POST", "/crm/v3/objects/contacts/search", body: """
            {"filterGroups":[{"filters":[{"propertyName":"hs_object_id","operator":"GT","value":"6"}]}],"sorts":[{"propertyName":"hs_object_id","direction":"ASCENDING"}],
             "properties":["email","hs_object_id","lastmodifieddate"],"limit":2}
            """);
        Assert.Equal(12, requests.Count);
    }

    [Theory]
    [InlineData("contacts", "lastmodifieddate")]
    [InlineData("companies", "hs_lastmodifieddate")]
    [InlineData("deals", "hs_lastmodifieddate")]
    public async Task StreamAsync_modified_since_filters_on_the_objects_modification_property(string objectType, string property)
    {
        _hubSpot.Server.Given(Request.Create().WithPath($"/crm/v3/objects/{objectType}/search").UsingPost())
            .RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithBody("""{"total":0,"results":[]}"""));
        var since = new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);

        await foreach (var unused in _hubSpot.Connector.Reader.StreamAsync(objectType, ["name"], new RecordStreamOptions(ModifiedSince: since), TestContext.Current.CancellationToken))
        {
            Assert.Fail("no record was served");
        }

        var filters = JsonNode.Parse(Assert.Single(_hubSpot.Requests).Body!)!["filterGroups"]![0]!["filters"]!.ToJsonString();
        Assert.Equal($$"""[{"propertyName":"{{property}}","operator":"GTE","value":"1772323200000"}]""", filters);
    }

    [Fact]
    public async Task StreamAsync_include_deleted_pages_the_archived_list_with_after()
    {
        _hubSpot.Server.Given(Request.Create().WithPath("/crm/v3/objects/deals/search").UsingPost())
            .RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithBody("""{"total":0,"results":[]}"""));
        _hubSpot.Server.Given(Request.Create().WithPath("/crm/v3/objects/deals").UsingGet().WithParam("after", "cursor-2"))
            .RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithBody("""
                {"results":[{"id":"8","properties":{"dealname":"B"},"createdAt":"2026-01-01T00:00:00Z","updatedAt":"2026-02-02T00:00:00Z","archived":true,"archivedAt":"2026-02-02T00:00:00Z"}]}
                """));
        _hubSpot.Server.Given(Request.Create().WithPath("/crm/v3/objects/deals").UsingGet().WithParam("archived", "true").WithParam("limit", "100"))
            .AtPriority(10)
            .RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithBody("""
                {"results":[{"id":"7","properties":{"dealname":"A"},"createdAt":"2026-01-01T00:00:00Z","updatedAt":"2026-02-01T00:00:00Z","archived":true,"archivedAt":"2026-02-01T00:00:00Z"}],
                 "paging":{"next":{"after":"cursor-2","link":"https://api.hubapi.com/crm/v3/objects/deals?after=cursor-2"}}}
                """));

        var deleted = new List<(string, bool)>();
        await foreach (var record in _hubSpot.Connector.Reader.StreamAsync("deals", ["dealname"], new RecordStreamOptions(IncludeDeleted: true), TestContext.Current.CancellationToken))
        {
            deleted.Add((record.Id, record.IsDeleted));
        }

        Assert.Equal([("7", true), ("8", true)], deleted);
        var requests = _hubSpot.Requests;
        HubSpotWireMock.AssertRequest(requests[1], "GET", "/crm/v3/objects/deals", "limit=100&properties=dealname%2Chs_object_id%2Chs_lastmodifieddate&archived=true");
        HubSpotWireMock.AssertRequest(requests[2], "GET", "/crm/v3/objects/deals", "limit=100&after=cursor-2&properties=dealname%2Chs_object_id%2Chs_lastmodifieddate&archived=true");
    }
}
