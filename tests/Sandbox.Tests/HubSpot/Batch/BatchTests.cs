using System.Text.Json.Nodes;

namespace Integration.Sandbox.Tests.HubSpot.Batch;

public sealed class BatchTests(SandboxFixture sandbox)
{
    [Fact]
    public async Task Batch_upsert_by_unique_property_creates_new_and_updates_existing_with_the_new_flag()
    {
        var portal = await HubSpotTestPortal.CreateAsync(sandbox.Host);
        var existing = await portal.CreateObjectAsync("companies", new JsonObject { ["name"] = "Old", ["salesforce_account_id"] = "001A" });

        var (status, body) = await portal.CallAsync(HttpMethod.Post, "crm/v3/objects/companies/batch/upsert", new JsonObject
        {
            ["inputs"] = new JsonArray(
                Upsert("001A", "Renamed"),
                Upsert("001B", "Brand new")),
        });
        var results = body!["results"]!.AsArray().ToDictionary(r => (string)r!["properties"]!["name"]!);

        Assert.Equal((200, "COMPLETE"), (status, (string?)body["status"]));
        Assert.Equal((existing, false), ((string?)results["Renamed"]!["id"], (bool)results["Renamed"]!["new"]!));
        Assert.True((bool)results["Brand new"]!["new"]!);
        Assert.Equal("001B", (string?)results["Brand new"]!["properties"]!["salesforce_account_id"]);
        var (found, read) = await portal.CallAsync(HttpMethod.Get, "crm/v3/objects/companies/001b?idProperty=salesforce_account_id");
        Assert.Equal((200, (string?)results["Brand new"]!["id"]), (found, (string?)read!["id"]));
    }

    [Fact]
    public async Task Batch_read_with_missing_ids_answers_207_with_results_and_OBJECT_NOT_FOUND()
    {
        var portal = await HubSpotTestPortal.CreateAsync(sandbox.Host);
        var id = await portal.CreateObjectAsync("contacts", new JsonObject { ["email"] = "r@example.com" });

        var (status, body) = await portal.CallAsync(HttpMethod.Post, "crm/v3/objects/contacts/batch/read", new JsonObject
        {
            ["properties"] = new JsonArray("email"),
            ["inputs"] = new JsonArray(new JsonObject { ["id"] = id }, new JsonObject { ["id"] = "999" }),
        });
        var error = body!["errors"]![0]!;

        Assert.Equal((207, "COMPLETE", 1), (status, (string?)body["status"], (int?)body["numErrors"]));
        Assert.Equal(id, (string?)body["results"]![0]!["id"]);
        Assert.Equal(("error", "OBJECT_NOT_FOUND", "999"), ((string?)error["status"], (string?)error["category"], (string?)error["context"]!["ids"]![0]));
        Assert.Equal("Could not get some CONTACT objects, they may be deleted or not exist. Check that ids are valid.", (string?)error["message"]);
        Assert.NotNull((string?)body["startedAt"]);
        Assert.NotNull((string?)body["completedAt"]);
    }

    [Fact]
    public async Task Batch_create_with_trace_ids_creates_valid_inputs_and_reports_invalid_ones_in_207()
    {
        var portal = await HubSpotTestPortal.CreateAsync(sandbox.Host);

        var (status, body) = await portal.CallAsync(HttpMethod.Post, "crm/v3/objects/contacts/batch/create", new JsonObject
        {
            ["inputs"] = new JsonArray(
                new JsonObject { ["objectWriteTraceId"] = "t1", ["properties"] = new JsonObject { ["email"] = "ok@example.com" } },
                new JsonObject { ["objectWriteTraceId"] = "t2", ["properties"] = new JsonObject { ["nope"] = "x" } }),
        });
        var error = body!["errors"]![0]!;
        var counts = await portal.ControlAsync(HttpMethod.Get, "/counts");

        Assert.Equal((207, 1, 1), (status, body["results"]!.AsArray().Count, (int?)body["numErrors"]));
        Assert.Equal(("VALIDATION_ERROR", "t2"), ((string?)error["category"], (string?)error["context"]!["objectWriteTraceId"]![0]));
        Assert.Equal(1, (int?)counts!["contacts"]!["live"]);
    }

    [Fact]
    public async Task Batch_create_without_trace_ids_fails_whole_when_one_input_is_invalid()
    {
        var portal = await HubSpotTestPortal.CreateAsync(sandbox.Host);

        var (status, body) = await portal.CallAsync(HttpMethod.Post, "crm/v3/objects/contacts/batch/create", new JsonObject
        {
            ["inputs"] = new JsonArray(
                new JsonObject { ["properties"] = new JsonObject { ["email"] = "ok@example.com" } },
                new JsonObject { ["properties"] = new JsonObject { ["email"] = "ok@example.com" } }),
        });
        var counts = await portal.ControlAsync(HttpMethod.Get, "/counts");

        Assert.Equal((409, "CONFLICT"), (status, (string?)body!["category"]));
        Assert.Equal(0, (int?)counts!["contacts"]!["live"]);
    }

    [Fact]
    public async Task Batch_of_101_inputs_is_refused_with_VALIDATION_ERROR()
    {
        var portal = await HubSpotTestPortal.CreateAsync(sandbox.Host);
        var inputs = new JsonArray([.. Enumerable.Range(0, 101).Select(i => (JsonNode)new JsonObject { ["id"] = $"{i}" })]);

        var (status, body) = await portal.CallAsync(HttpMethod.Post, "crm/v3/objects/contacts/batch/read", new JsonObject { ["inputs"] = inputs });

        Assert.Equal((400, "VALIDATION_ERROR"), (status, (string?)body!["category"]));
        Assert.Contains("101", (string?)body["message"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Record_fault_fails_single_inputs_of_a_batch_upsert_in_a_207()
    {
        var portal = await HubSpotTestPortal.CreateAsync(sandbox.Host);
        await portal.ControlAsync(HttpMethod.Put, "/faults", new { rules = new[] { new { rate = 1.0, scope = "Record", errorCode = "INTERNAL_ERROR", pathContains = "/batch/upsert" } } });

        var (status, body) = await portal.CallAsync(HttpMethod.Post, "crm/v3/objects/companies/batch/upsert", new JsonObject
        {
            ["inputs"] = new JsonArray(Upsert("001X", "Faulted")),
        });
        var counts = await portal.ControlAsync(HttpMethod.Get, "/counts");

        Assert.Equal((207, 0, "INTERNAL_ERROR"), (status, body!["results"]!.AsArray().Count, (string?)body["errors"]![0]!["category"]));
        Assert.Equal("001X", (string?)body["errors"]![0]!["context"]!["ids"]![0]);
        Assert.Equal(0, (int?)counts!["companies"]!["live"]);
    }

    private static JsonObject Upsert(string id, string name) => new()
    {
        ["idProperty"] = "salesforce_account_id",
        ["id"] = id,
        ["properties"] = new JsonObject { ["name"] = name },
    };
}
