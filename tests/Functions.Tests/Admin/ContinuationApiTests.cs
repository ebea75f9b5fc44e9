using System.Net;
using System.Text.Json;
using Integration.Core.Conflicts;
using Integration.Core.CrossReference;
using Integration.Core.Processing;
using Integration.Core.Records;
using Integration.Functions.Storage;
using Integration.TestKit.Azurite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Integration.Functions.Tests.Admin;

/// <summary>Listings over the real tables hand out continuation tokens while rows remain and take them back.</summary>
public sealed class ContinuationApiTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset At = new(2026, 11, 2, 10, 0, 0, TimeSpan.Zero);
    private static readonly string[] Ids = ["r1", "r2", "r3", "r4", "r5"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("conflicts", "/api/manage/conflicts?mapping=accounts&top=2", "aId")]
    [InlineData("errors", "/api/manage/errors?mapping=accounts&top=2", "recordId")]
    [InlineData("dead-letters", "/api/manage/dead-letters?top=2", "externalId")]
    public async Task Listing_walked_page_by_page_with_its_tokens_returns_every_row_once_newest_first(string listing, string path, string idProperty)
    {
        var settings = AdminHost.Settings(azurite);
        await SeedAsync(listing, settings);
        await using var host = await AdminHost.StartAsync(settings);

        var sizes = new List<int>();
        var seen = new List<string?>();
        string? token = null;
        do
        {
            var (response, body) = await AdminHost.SendAsync(host, AdminHost.Request(HttpMethod.Get, token is null ? path : $"{path}&continuation={token}"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var items = body.GetProperty("items").EnumerateArray().Select(i => i.GetProperty(idProperty).GetString()).ToList();
            sizes.Add(items.Count);
            seen.AddRange(items);
            token = body.GetProperty("continuationToken").GetString();
            Assert.True(sizes.Count <= Ids.Length, $"The {listing} listing kept issuing tokens after {sizes.Count} pages.");
        }
        while (token is not null);

        Assert.Equal([2, 2, 1], sizes);
        Assert.Equal(Ids.Reverse(), seen);
    }

    // Not base64url; base64url of "garbage"; base64url of "v1\ndead-letters\n" (the envelope without a store token).
    [Theory]
    [InlineData("/api/manage/conflicts?mapping=accounts&continuation=not%20a%20token!")]
    [InlineData("/api/manage/errors?continuation=Z2FyYmFnZQ")]
    [InlineData("/api/manage/dead-letters?continuation=djEKZGVhZC1sZXR0ZXJzCg")]
    public async Task Malformed_continuation_is_answered_400_problem_naming_the_parameter(string path)
    {
        await using var host = await AdminHost.StartAsync(AdminHost.Settings(azurite));

        var (response, body) = await AdminHost.SendAsync(host, AdminHost.Request(HttpMethod.Get, path));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Query parameter 'continuation' is invalid", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/manage/conflicts?mapping=contacts&top=2")]
    [InlineData("/api/manage/errors?mapping=accounts&top=2")]
    public async Task Token_of_another_listing_or_filter_is_answered_400_problem(string otherPath)
    {
        var settings = AdminHost.Settings(azurite);
        await SeedAsync("conflicts", settings);
        await using var host = await AdminHost.StartAsync(settings);
        var (_, first) = await AdminHost.SendAsync(host, AdminHost.Request(HttpMethod.Get, "/api/manage/conflicts?mapping=accounts&top=2"));
        var token = first.GetProperty("continuationToken").GetString();
        Assert.NotNull(token);

        var (response, body) = await AdminHost.SendAsync(host, AdminHost.Request(HttpMethod.Get, $"{otherPath}&continuation={token}"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("issued for another listing or filter", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    /// <summary>Five rows r1..r5 (r5 newest) in the listing's table, written by the pipeline's own adapters.</summary>
    private async Task SeedAsync(string listing, Dictionary<string, string?> settings)
    {
        var tables = StorageConnection.FromConfiguration(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["AzureWebJobsStorage"] = azurite.ConnectionString }).Build()).CreateTableServiceClient();
        var names = Options.Create(new SyncTableOptions
        {
            Conflicts = settings["Sync:Tables:Conflicts"]!,
            Errors = settings["Sync:Tables:Errors"]!,
            DeadLetters = settings["Sync:Tables:DeadLetters"]!,
        });
        foreach (var table in new[] { names.Value.Conflicts, names.Value.Errors, names.Value.DeadLetters })
        {
            await tables.CreateTableIfNotExistsAsync(table, Ct);
        }

        var times = Ids.Select((id, i) => (Id: id, At: At.AddMinutes(i))).ToList();
        switch (listing)
        {
            case "conflicts":
                await new TableConflictLog(tables, names).RecordAsync(
                    [.. times.Select(t => new ConflictRecord("accounts", t.Id, "901", "phone", Json("a"), Json("b"), SyncSide.A, t.At, new RecordVersion(t.At), null))], Ct);
                break;
            case "errors":
                await new TableSyncErrorLog(tables, names).RecordAsync(
                    [.. times.Select(t => new SyncError("accounts", "sf", "Account", t.Id, SyncErrorCodes.TransformFailed, "bad value", t.At))], Ct);
                break;
            default:
                await new TableDeadLetterStore(tables, names, new RecordingWriteQueue()).AddAsync(
                    [.. times.Select(t => DeadLetters.For("unused", "hubspot", t.Id).Letter with { FailedAt = t.At })], Ct);
                break;
        }
    }

    private static JsonElement Json(string value) => JsonSerializer.SerializeToElement(value);
}
