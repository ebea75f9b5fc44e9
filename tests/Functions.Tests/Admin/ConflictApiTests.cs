using System.Net;
using System.Text.Json;
using Integration.Core.Conflicts;
using Integration.Core.CrossReference;
using Integration.Functions.Admin.Conflicts;
using Integration.TestKit.Azurite;
using Microsoft.Extensions.DependencyInjection;

namespace Integration.Functions.Tests.Admin;

public sealed class ConflictApiTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Conflicts_of_one_mapping_are_listed_with_both_values_and_the_winner()
    {
        var at = new DateTimeOffset(2026, 11, 2, 10, 0, 0, TimeSpan.Zero);
        var query = new FakeConflictQuery(
            new ConflictRecord("contacts", "003A", "901", "phone", JsonSerializer.SerializeToElement("+1 555"), JsonSerializer.SerializeToElement("+1 556"), SyncSide.A, at),
            new ConflictRecord("companies", "001A", "77", "name", JsonSerializer.SerializeToElement("Acme"), JsonSerializer.SerializeToElement("ACME"), SyncSide.B, at));
        await using var host = await AdminHost.StartAsync(AdminHost.Settings(azurite), s => s.AddSingleton<IConflictQuery>(query));

        var (response, body) = await AdminHost.SendAsync(host, AdminHost.Request(HttpMethod.Get, "/api/manage/conflicts?mapping=contacts&top=5"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var conflict = Assert.Single(body.GetProperty("items").EnumerateArray());
        Assert.Equal(
            ("contacts", "phone", "+1 555", "+1 556", "A"),
            (conflict.GetProperty("mapping").GetString(), conflict.GetProperty("field").GetString(), conflict.GetProperty("aValue").GetString(), conflict.GetProperty("bValue").GetString(), conflict.GetProperty("winner").GetString()));
        Assert.Equal(("contacts", 5), (query.LastRequest!.Value.Mapping, query.LastRequest.Value.Page.Top));
    }
}
