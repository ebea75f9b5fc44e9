using System.Net.Http.Json;
using Microsoft.Extensions.Time.Testing;

namespace Integration.Sandbox.Tests.NetSuite.Control;

public sealed class ControlApiTests(SandboxFixture fixture)
{
    [Fact]
    public async Task Seed_after_reset_gives_identical_records_and_ids()
    {
        var account = await NetSuiteTestAccount.CreateAsync(fixture.Host, fixture.Time);
        const string Query = "SELECT id, externalid, companyname, phone FROM customer ORDER BY id";

        var counts = await account.ControlAsync(HttpMethod.Post, "/seed", new { seed = 9, customers = 4, contactsPerCustomer = 2, salesOrdersPerCustomer = 1 });
        var first = (await account.QueryAsync(Query)).ToJsonString();
        await account.ControlAsync(HttpMethod.Post, "/reset");
        await account.ControlAsync(HttpMethod.Post, "/seed", new { seed = 9, customers = 4, contactsPerCustomer = 2, salesOrdersPerCustomer = 1 });
        var second = (await account.QueryAsync(Query)).ToJsonString();

        Assert.Equal((4, 8, 4), ((int)counts["customer"]!["live"]!, (int)counts["contact"]!["live"]!, (int)counts["salesOrder"]!["live"]!));
        Assert.Equal(first, second);
        Assert.Contains("CUS-9-1", first, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Creating_an_account_with_a_taken_id_is_409_and_an_unknown_time_zone_400()
    {
        var account = await NetSuiteTestAccount.CreateAsync(fixture.Host, fixture.Time);

        using var taken = await account.Http.PostAsJsonAsync("_sandbox/netsuite/accounts", account.Options with { ConsumerKey = "other" }, TestContext.Current.CancellationToken);
        using var zone = await account.Http.PostAsJsonAsync("_sandbox/netsuite/accounts",
            account.Options with { AccountId = "NEW_" + account.Options.AccountId, ConsumerKey = "other2", TimeZone = "Mars/Olympus" }, TestContext.Current.CancellationToken);

        Assert.Equal((409, 400), ((int)taken.StatusCode, (int)zone.StatusCode));
        Assert.Contains("Mars/Olympus", await zone.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Users_load_generator_edits_at_its_rate_until_the_clock_passes_its_duration()
    {
        var time = new FakeTimeProvider(SandboxFixture.Start);
        await using var host = await SandboxHost.StartAsync(new SandboxOptions { SalesforcePort = 0, HubSpotPort = 0, NetSuitePort = 0, TimeProvider = time }, TestContext.Current.CancellationToken);
        var account = await NetSuiteTestAccount.CreateAsync(host, time);
        await account.ControlAsync(HttpMethod.Post, "/seed", new { seed = 1, customers = 10, contactsPerCustomer = 1 });

        var run = await account.ControlAsync(HttpMethod.Post, "/users", new { users = 3, editsPerSecond = 2, durationSeconds = 1, seed = 5 });
        var runPath = $"/users/{(string)run["runId"]!}";
        await Eventually.HoldsAsync(async () => (int)(await account.ControlAsync(HttpMethod.Get, runPath))["edits"]! == 3, "each user's first edit");
        await Eventually.HoldsAsync(async () =>
        {
            // A user may register its next delay just after an advance; advancing again past the end is harmless.
            time.Advance(TimeSpan.FromSeconds(1));
            return (bool)(await account.ControlAsync(HttpMethod.Get, runPath))["done"]!;
        }, "the run to end once the clock passed its duration");
        var finished = await account.ControlAsync(HttpMethod.Get, runPath);
        var edited = await account.QueryAsync("SELECT COUNT(*) AS n FROM customer WHERE comments IS NOT NULL");
        var editedContacts = await account.QueryAsync("SELECT COUNT(*) AS n FROM contact WHERE title IS NOT NULL");

        Assert.Equal(3, (int)finished["edits"]!);
        Assert.Equal(finished["edited"]!.AsArray().Count, int.Parse((string)edited["items"]![0]!["n"]!, System.Globalization.CultureInfo.InvariantCulture)
            + int.Parse((string)editedContacts["items"]![0]!["n"]!, System.Globalization.CultureInfo.InvariantCulture));
    }
}
