using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;

namespace Integration.Sandbox.Tests.NetSuite.Records;

public sealed class LastModifiedTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 10, 15, 30, 750, TimeSpan.Zero);

    [Fact]
    public async Task Lastmodifieddate_keeps_whole_seconds_in_UTC_for_REST_and_account_time_zone_for_SuiteQL()
    {
        var time = new FakeTimeProvider(Start);
        await using var host = await SandboxHost.StartAsync(new SandboxOptions { SalesforcePort = 0, HubSpotPort = 0, NetSuitePort = 0, TimeProvider = time }, TestContext.Current.CancellationToken);
        var account = await NetSuiteTestAccount.CreateAsync(host, time, timeZone: "America/Los_Angeles");
        var first = await account.CreateAsync("customer", new JsonObject { ["companyName"] = "A" });
        time.Advance(TimeSpan.FromMilliseconds(200));
        await account.CallAsync(HttpMethod.Patch, $"services/rest/record/v1/customer/{first}", new JsonObject { ["phone"] = "1" });
        await account.CreateAsync("customer", new JsonObject { ["companyName"] = "B" });
        time.Advance(TimeSpan.FromMilliseconds(100));
        await account.CreateAsync("customer", new JsonObject { ["companyName"] = "C" });

        var rest = (await account.CallAsync(HttpMethod.Get, $"services/rest/record/v1/customer/{first}")).Body!;
        var all = await account.QueryAsync("SELECT companyname, lastmodifieddate AS raw, TO_CHAR(lastmodifieddate, 'YYYY-MM-DD HH24:MI:SS') AS lm FROM customer ORDER BY id");
        var after = await account.QueryAsync("SELECT companyname FROM customer WHERE lastmodifieddate > TO_DATE('2026-11-23 02:15:30', 'YYYY-MM-DD HH24:MI:SS')");

        Assert.Equal("2026-11-23T10:15:30Z", (string)rest["lastModifiedDate"]!);
        Assert.Equal(
            [("A", "11/23/2026 2:15 am", "2026-11-23 02:15:30"), ("B", "11/23/2026 2:15 am", "2026-11-23 02:15:30"), ("C", "11/23/2026 2:15 am", "2026-11-23 02:15:31")],
            all["items"]!.AsArray().Select(i => ((string)i!["companyname"]!, (string)i["raw"]!, (string)i["lm"]!)));
        Assert.Equal(["C"], after["items"]!.AsArray().Select(i => (string)i!["companyname"]!));
    }
}
