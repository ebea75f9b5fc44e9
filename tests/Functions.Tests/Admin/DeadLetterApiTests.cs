using System.Net;
using Integration.Core.Writing;
using Integration.Functions.Admin.DeadLetters;
using Integration.TestKit.Azurite;
using Microsoft.Extensions.DependencyInjection;

namespace Integration.Functions.Tests.Admin;

public sealed class DeadLetterApiTests(AzuriteFixture azurite)
{
    private readonly FakeDeadLetterAdmin _store = new(DeadLetters.For("dl-1", "hubspot", "003A1"), DeadLetters.For("dl-2", "netsuite", "003A2"));
    private readonly RecordingWriteQueue _writes = new();

    [Fact]
    public async Task List_shows_each_dead_letter_with_the_vendor_message()
    {
        await using var host = await StartAsync();

        var (response, body) = await AdminHost.SendAsync(host, AdminHost.Request(HttpMethod.Get, "/api/manage/dead-letters?top=10"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var items = body.GetProperty("items").EnumerateArray()
            .Select(i => (i.GetProperty("id").GetString(), i.GetProperty("targetSystem").GetString(), i.GetProperty("code").GetString(), i.GetProperty("message").GetString()))
            .Order()
            .ToList();
        Assert.Equal([("dl-1", "hubspot", "INVALID_EMAIL", "Property values were not valid: email"), ("dl-2", "netsuite", "INVALID_EMAIL", "Property values were not valid: email")], items);
    }

    [Fact]
    public async Task Replay_puts_the_command_on_its_target_systems_writes_queue_and_removes_the_letter()
    {
        await using var host = await StartAsync();

        var (response, body) = await AdminHost.SendAsync(host, AdminHost.Request(HttpMethod.Post, "/api/manage/dead-letters/dl-2/replay"));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("netsuite", body.GetProperty("targetSystem").GetString());
        var (system, command) = Assert.Single(_writes.Enqueued);
        Assert.Equal(("netsuite", "003A2", WriteOperation.Upsert), (system, command.ExternalId, command.Operation));
        Assert.False(_store.Contains("dl-2"));
        Assert.True(_store.Contains("dl-1"));
    }

    [Theory]
    [InlineData("GET", "/api/manage/dead-letters/missing")]
    [InlineData("DELETE", "/api/manage/dead-letters/missing")]
    [InlineData("POST", "/api/manage/dead-letters/missing/replay")]
    public async Task Unknown_id_is_answered_404_problem_naming_the_id_and_nothing_is_enqueued(string method, string path)
    {
        await using var host = await StartAsync();

        var (response, body) = await AdminHost.SendAsync(host, AdminHost.Request(new HttpMethod(method), path));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("No dead letter has id 'missing'.", body.GetProperty("detail").GetString());
        Assert.Empty(_writes.Enqueued);
    }

    [Fact]
    public async Task Delete_discards_the_letter_without_writing_it()
    {
        await using var host = await StartAsync();

        var (deleted, _) = await AdminHost.SendAsync(host, AdminHost.Request(HttpMethod.Delete, "/api/manage/dead-letters/dl-1"));
        var (after, _) = await AdminHost.SendAsync(host, AdminHost.Request(HttpMethod.Get, "/api/manage/dead-letters/dl-1"));

        Assert.Equal((HttpStatusCode.NoContent, HttpStatusCode.NotFound), (deleted.StatusCode, after.StatusCode));
        Assert.Empty(_writes.Enqueued);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("501")]
    [InlineData("ten")]
    public async Task Invalid_top_is_answered_400_naming_the_parameter(string top)
    {
        await using var host = await StartAsync();

        var (response, body) = await AdminHost.SendAsync(host, AdminHost.Request(HttpMethod.Get, $"/api/manage/dead-letters?top={top}"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal($"Query parameter 'top' is '{top}'; it must be a whole number from 1 to 500.", body.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Before_sync_creates_its_tables_the_pipeline_dead_letter_store_answers_an_empty_page()
    {
        await using var host = await AdminHost.StartAsync(AdminHost.Settings(azurite));

        var (response, body) = await AdminHost.SendAsync(host, AdminHost.Request(HttpMethod.Get, "/api/manage/dead-letters"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(body.GetProperty("items").EnumerateArray());
    }

    private Task<LocalHost.Hosting.TestLocalHost> StartAsync() =>
        AdminHost.StartAsync(AdminHost.Settings(azurite), s =>
        {
            s.AddSingleton<IDeadLetterAdmin>(_store);
            s.AddSingleton<IWriteQueue>(_writes);
        });
}
