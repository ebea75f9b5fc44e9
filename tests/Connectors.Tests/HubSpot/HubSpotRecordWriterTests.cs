using System.Text.Json;
using Integration.Core.Records;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Integration.Connectors.Tests.HubSpot;

public sealed class HubSpotRecordWriterTests : IDisposable
{
    private const string UpsertPath = "/crm/v3/objects/contacts/batch/upsert";
    private readonly HubSpotWireMock _hubSpot = new();

    public void Dispose() => _hubSpot.Dispose();

    [Fact]
    public async Task UpsertAsync_posts_batch_upsert_by_id_property_writing_it_too_and_maps_results_in_order()
    {
        Stub(UpsertPath, 200, """
            {"status":"COMPLETE","results":[
              {"id":"502","properties":{"sf_id":"003B","email":"b@example.com"},"createdAt":"2026-01-01T00:00:00Z","updatedAt":"2026-03-01T00:00:00Z","archived":false,"new":false},
              {"id":"501","properties":{"sf_id":"003A","email":"a@example.com"},"createdAt":"2026-03-01T00:00:00Z","updatedAt":"2026-03-01T00:00:00Z","archived":false,"new":true}],
             "startedAt":"2026-03-01T00:00:00Z","completedAt":"2026-03-01T00:00:01Z"}
            """);

        var results = await _hubSpot.Connector.Writer.UpsertAsync("contacts", "sf_id", [Upsert("003A", "a@example.com", 3), Upsert("003B", "b@example.com", null)], WriteLane.Bulk, TestContext.Current.CancellationToken);

        HubSpotWireMock.AssertRequest(Assert.Single(_hubSpot.Requests), "POST", UpsertPath, body: """
            {"inputs":[
              {"idProperty":"sf_id","id":"003A","properties":{"email":"a@example.com","score":"3","sf_id":"003A"},"objectWriteTraceId":"003A"},
              {"idProperty":"sf_id","id":"003B","properties":{"email":"b@example.com","score":"","sf_id":"003B"},"objectWriteTraceId":"003B"}]}
            """);
        Assert.Equal([new RecordWriteResult("003A", "501", true, null), new RecordWriteResult("003B", "502", false, null)], results);
    }

    [Fact]
    public async Task UpsertAsync_207_maps_each_error_to_its_record_as_a_failure()
    {
        Stub(UpsertPath, 207, """
            {"status":"COMPLETE","results":[{"id":"501","properties":{"sf_id":"003A"},"archived":false,"new":true}],
             "numErrors":1,"errors":[{"status":"error","category":"VALIDATION_ERROR","message":"Property values were not valid: [{\"isValid\":false,\"message\":\"Property \\\"score\\\" does not exist\",\"error\":\"PROPERTY_DOESNT_EXIST\",\"name\":\"score\"}]",
               "context":{"objectWriteTraceId":["003B"]},"errors":[{"message":"Property \"score\" does not exist","in":"score","code":"PROPERTY_DOESNT_EXIST"}]}]}
            """);

        var results = await _hubSpot.Connector.Writer.UpsertAsync("contacts", "sf_id", [Upsert("003A", "a@example.com", 1), Upsert("003B", "b@example.com", 2)], WriteLane.Live, TestContext.Current.CancellationToken);

        Assert.True(results[0].Succeeded);
        var failure = results[1].Failure!;
        Assert.Equal(("003B", "VALIDATION_ERROR", false, "score"), (results[1].Key, failure.Code, failure.Retryable, Assert.Single(failure.Fields)));
        Assert.StartsWith("Property values were not valid", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UpsertAsync_answer_silent_about_an_input_reports_a_retryable_failure()
    {
        Stub(UpsertPath, 207, """{"status":"COMPLETE","results":[{"id":"501","properties":{"sf_id":"003A"},"new":false}],"numErrors":0,"errors":[]}""");

        var results = await _hubSpot.Connector.Writer.UpsertAsync("contacts", "sf_id", [Upsert("003A", "a", 1), Upsert("003B", "b", 2)], WriteLane.Live, TestContext.Current.CancellationToken);

        Assert.Equal(("NO_RESULT", true), (results[1].Failure!.Code, results[1].Failure!.Retryable));
    }

    [Fact]
    public async Task UpsertAsync_splits_records_into_batches_of_at_most_one_hundred()
    {
        _hubSpot.Server.Given(Request.Create().WithPath(UpsertPath).UsingPost())
            .RespondWith(Response.Create().WithCallback(request =>
            {
                var inputs = JsonDocument.Parse(request.Body!).RootElement.GetProperty("inputs").EnumerateArray()
                    .Select(input => new { id = "9" + input.GetProperty("id").GetString(), properties = new Dictionary<string, string> { ["sf_id"] = input.GetProperty("id").GetString()! }, @new = true });
                return new WireMock.ResponseMessage
                {
                    StatusCode = 200,
                    BodyData = new WireMock.Util.BodyData { BodyAsString = JsonSerializer.Serialize(new { status = "COMPLETE", results = inputs }), DetectedBodyType = WireMock.Types.BodyType.String },
                };
            }));
        var records = Enumerable.Range(0, 250).Select(i => Upsert($"{i:D3}", $"c{i}@example.com", i)).ToList();

        var results = await _hubSpot.Connector.Writer.UpsertAsync("contacts", "sf_id", records, WriteLane.Bulk, TestContext.Current.CancellationToken);

        Assert.Equal([100, 100, 50], _hubSpot.Requests.Select(r => JsonDocument.Parse(r.Body!).RootElement.GetProperty("inputs").GetArrayLength()));
        Assert.Equal(records.Select(r => "9" + r.ExternalId), results.Select(r => r.Id));
    }

    [Fact]
    public async Task UpsertAsync_batch_refused_with_400_fails_every_record_without_retrying()
    {
        Stub(UpsertPath, 400, """{"status":"error","message":"Invalid input JSON on line 1","correlationId":"c-400","category":"VALIDATION_ERROR"}""");

        var results = await _hubSpot.Connector.Writer.UpsertAsync("contacts", "sf_id", [Upsert("003A", "a", 1), Upsert("003B", "b", 2)], WriteLane.Live, TestContext.Current.CancellationToken);

        Assert.Single(_hubSpot.Requests);
        Assert.All(results, result => Assert.Equal(("VALIDATION_ERROR", "Invalid input JSON on line 1", false), (result.Failure!.Code, result.Failure.Message, result.Failure.Retryable)));
    }

    [Fact]
    public async Task DeleteAsync_posts_batch_archive_and_reports_every_id_archived()
    {
        _hubSpot.Server.Given(Request.Create().WithPath("/crm/v3/objects/deals/batch/archive").UsingPost()).RespondWith(Response.Create().WithStatusCode(204));

        var results = await _hubSpot.Connector.Writer.DeleteAsync("deals", ["7", "8"], WriteLane.Live, TestContext.Current.CancellationToken);

        HubSpotWireMock.AssertRequest(Assert.Single(_hubSpot.Requests), "POST", "/crm/v3/objects/deals/batch/archive", body: """{"inputs":[{"id":"7"},{"id":"8"}]}""");
        Assert.Equal(["7", "8"], results.Where(r => r.Succeeded).Select(r => r.Key));
    }

    private void Stub(string path, int status, string body) =>
        _hubSpot.Server.Given(Request.Create().WithPath(path).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body));

    private static RecordUpsert Upsert(string externalId, string email, int? score) => new(
        externalId,
        new Dictionary<string, JsonElement>
        {
            ["email"] = JsonSerializer.SerializeToElement(email),
            ["score"] = score is null ? JsonSerializer.SerializeToElement<string?>(null) : JsonSerializer.SerializeToElement(score.Value),
        });
}
