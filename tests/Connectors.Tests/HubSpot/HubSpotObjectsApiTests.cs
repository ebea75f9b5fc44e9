using Integration.Connectors.HubSpot.Objects;
using Integration.Core.Records;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Integration.Connectors.Tests.HubSpot;

public sealed class HubSpotObjectsApiTests : IDisposable
{
    private const string Contact = """{"id":"501","properties":{"email":"a@example.com","sf_id":"003A"},"createdAt":"2026-01-01T00:00:00Z","updatedAt":"2026-03-01T00:00:00Z","archived":false}""";
    private readonly HubSpotWireMock _hubSpot = new();

    public void Dispose() => _hubSpot.Dispose();

    [Fact]
    public async Task GetAsync_by_unique_property_sends_id_property_in_the_query()
    {
        Stub("/crm/v3/objects/contacts/003A", "GET", 200, Contact);

        var contact = await _hubSpot.Clients.Objects.GetAsync("contacts", "003A", ["email", "sf_id"], "sf_id", WriteLane.Live, TestContext.Current.CancellationToken);

        HubSpotWireMock.AssertRequest(Assert.Single(_hubSpot.Requests), "GET", "/crm/v3/objects/contacts/003A", "properties=email%2Csf_id&idProperty=sf_id");
        Assert.Equal(("501", "a@example.com"), (contact.Id, contact.Properties["email"]));
    }

    [Fact]
    public async Task ListAsync_sends_limit_and_after_and_reads_the_next_cursor()
    {
        Stub("/crm/v3/objects/contacts", "GET", 200, """{"results":[""" + Contact + """],"paging":{"next":{"after":"NTAy","link":"https://api.hubapi.com/crm/v3/objects/contacts?after=NTAy"}}}""");

        var page = await _hubSpot.Clients.Objects.ListAsync("contacts", 100, "NTAx", ["email"], archived: null, WriteLane.Bulk, TestContext.Current.CancellationToken);

        HubSpotWireMock.AssertRequest(Assert.Single(_hubSpot.Requests), "GET", "/crm/v3/objects/contacts", "limit=100&after=NTAx&properties=email");
        Assert.Equal(("501", "NTAy"), (page.Results[0].Id, page.Paging!.Next!.After));
    }

    [Fact]
    public async Task CreateAsync_and_UpdateAsync_send_properties_as_strings()
    {
        Stub("/crm/v3/objects/contacts", "POST", 201, Contact);
        Stub("/crm/v3/objects/contacts/003A", "PATCH", 200, Contact);
        var input = new HubSpotObjectInput(new Dictionary<string, string> { ["email"] = "a@example.com", ["score"] = "3" });

        await _hubSpot.Clients.Objects.CreateAsync("contacts", input, WriteLane.Live, TestContext.Current.CancellationToken);
        await _hubSpot.Clients.Objects.UpdateAsync("contacts", "003A", input, "sf_id", WriteLane.Live, TestContext.Current.CancellationToken);

        var requests = _hubSpot.Requests;
        HubSpotWireMock.AssertRequest(requests[0], "POST", "/crm/v3/objects/contacts", body: """{"properties":{"email":"a@example.com","score":"3"}}""");
        HubSpotWireMock.AssertRequest(requests[1], "PATCH", "/crm/v3/objects/contacts/003A", "idProperty=sf_id", """{"properties":{"email":"a@example.com","score":"3"}}""");
    }

    [Fact]
    public async Task ArchiveAsync_sends_delete_for_the_record()
    {
        _hubSpot.Server.Given(Request.Create().WithPath("/crm/v3/objects/deals/7").UsingDelete()).RespondWith(Response.Create().WithStatusCode(204));

        await _hubSpot.Clients.Objects.ArchiveAsync("deals", "7", WriteLane.Live, TestContext.Current.CancellationToken);

        HubSpotWireMock.AssertRequest(Assert.Single(_hubSpot.Requests), "DELETE", "/crm/v3/objects/deals/7");
    }

    private void Stub(string path, string method, int status, string body) =>
        _hubSpot.Server.Given(Request.Create().WithPath(path).UsingMethod(method))
            .RespondWith(Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body));
}
