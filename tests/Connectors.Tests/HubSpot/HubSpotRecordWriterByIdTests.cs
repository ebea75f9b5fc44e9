using System.Text.Json;
using Integration.Core.Records;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Integration.Connectors.Tests.HubSpot;

public sealed class HubSpotRecordWriterByIdTests : IDisposable
{
    private const string UpdatePath = "/crm/v3/objects/contacts/batch/update";
    private readonly HubSpotWireMock _hubSpot = new();

    public void Dispose() => _hubSpot.Dispose();

    [Fact]
    public async Task UpsertAsync_by_record_id_posts_batch_update_with_ids_and_stamps_the_external_id()
    {
        Stub(200, """
            {"status":"COMPLETE","results":[
              {"id":"502","properties":{"sf_id":"003B","email":"b@example.com"},"createdAt":"2026-01-01T00:00:00Z","updatedAt":"2026-03-01T00:00:00Z","archived":false},
              {"id":"501","properties":{"sf_id":"003A","email":"a@example.com"},"createdAt":"2026-01-01T00:00:00Z","updatedAt":"2026-03-01T00:00:00Z","archived":false}]}
            """);

        var results = await _hubSpot.Connector.Writer.UpsertAsync(
            "contacts", RecordIdKey.Field, [Update("501", "003A", "a@example.com"), Update("502", "003B", null)], WriteLane.Live, TestContext.Current.CancellationToken);

        HubSpotWireMock.AssertRequest(Assert.Single(_hubSpot.Requests), "POST", UpdatePath, body: """
            {"inputs":[
              {"id":"501","properties":{"sf_id":"003A","email":"a@example.com"}},
              {"id":"502","properties":{"sf_id":"003B","email":""}}]}
            """);
        Assert.Equal([new RecordWriteResult("501", "501", false, null), new RecordWriteResult("502", "502", false, null)], results);
    }

    [Fact]
    public async Task UpsertAsync_by_record_id_207_maps_a_missing_id_to_its_record_as_a_final_failure()
    {
        Stub(207, """
            {"status":"COMPLETE","results":[{"id":"501","properties":{"sf_id":"003A"},"archived":false}],
             "numErrors":1,"errors":[{"status":"error","category":"OBJECT_NOT_FOUND","message":"Could not get some CONTACT objects, they may be deleted or not exist. Check that ids are valid.",
               "context":{"ids":["999"]}}]}
            """);

        var results = await _hubSpot.Connector.Writer.UpsertAsync(
            "contacts", RecordIdKey.Field, [Update("999", "003Z", "z@example.com"), Update("501", "003A", "a@example.com")], WriteLane.Live, TestContext.Current.CancellationToken);

        Assert.Single(_hubSpot.Requests);
        Assert.Equal(("999", null, false), (results[0].Key, results[0].Id, results[0].Created));
        var failure = results[0].Failure!;
        Assert.Equal(("OBJECT_NOT_FOUND", false), (failure.Code, failure.Retryable));
        Assert.StartsWith("Could not get some CONTACT objects", failure.Message, StringComparison.Ordinal);
        Assert.Equal(new RecordWriteResult("501", "501", false, null), results[1]);
    }

    [Fact]
    public async Task UpsertAsync_by_record_id_refused_with_404_fails_every_record_in_the_batch_without_retrying()
    {
        Stub(404, """{"status":"error","message":"Could not get some CONTACT objects, they may be deleted or not exist.","correlationId":"c-404","category":"OBJECT_NOT_FOUND","context":{"ids":["998","999"]}}""");

        var results = await _hubSpot.Connector.Writer.UpsertAsync(
            "contacts", RecordIdKey.Field, [Update("998", "003Y", "y"), Update("999", "003Z", "z")], WriteLane.Live, TestContext.Current.CancellationToken);

        Assert.Single(_hubSpot.Requests);
        Assert.Equal(["998", "999"], results.Select(r => r.Key));
        Assert.All(results, result => Assert.Equal(("OBJECT_NOT_FOUND", false, null), (result.Failure!.Code, result.Failure.Retryable, result.Id)));
    }

    private void Stub(int status, string body) =>
        _hubSpot.Server.Given(Request.Create().WithPath(UpdatePath).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body));

    private static RecordUpsert Update(string id, string sourceId, string? email) => new(
        id,
        new Dictionary<string, JsonElement>
        {
            ["sf_id"] = JsonSerializer.SerializeToElement(sourceId),
            ["email"] = JsonSerializer.SerializeToElement(email),
        });
}
