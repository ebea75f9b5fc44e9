using System.Text.Json;
using Integration.Functions.Admin;
using Integration.Functions.Admin.OpenApi;
using Integration.TestKit.Azurite;

namespace Integration.Functions.Tests.Admin;

public sealed class ManagementOpenApiTests(AzuriteFixture azurite)
{
    private static IEnumerable<(string Name, string Route, string Method)> MetadataRoutes() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "functions.metadata"))).RootElement.EnumerateArray()
            .SelectMany(f => f.GetProperty("bindings").EnumerateArray()
                .Where(b => b.GetProperty("type").GetString() == "httpTrigger" && b.GetProperty("route").GetString()!.StartsWith(AdminRoutes.Prefix + "/", StringComparison.Ordinal))
                .SelectMany(b => b.GetProperty("methods").EnumerateArray().Select(m => (f.GetProperty("name").GetString()!, b.GetProperty("route").GetString()!, m.GetString()!))));

    [Fact]
    public async Task Served_document_describes_every_management_route_and_method_of_the_generated_metadata()
    {
        await using var host = await AdminHost.StartAsync(AdminHost.Settings(azurite));
        var (_, document) = await AdminHost.SendAsync(host, AdminHost.Request(HttpMethod.Get, "/api/manage/openapi.json"));

        var declared = MetadataRoutes().Select(r => (r.Name, $"/api/{r.Route}", r.Method)).Order().ToList();
        var described = document.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(o => (o.Value.GetProperty("operationId").GetString()!, p.Name, o.Name)))
            .Order()
            .ToList();

        Assert.Equal(10, declared.Count);
        Assert.Equal(declared, described);
    }

    [Fact]
    public void Every_operation_documents_401_as_problem_details_and_its_path_parameters()
    {
        var paths = AdminOpenApiDocument.Build()["paths"]!.AsObject();

        var replay = paths["/api/manage/dead-letters/{id}/replay"]!["post"]!;

        Assert.Equal("id", replay["parameters"]![0]!["name"]!.GetValue<string>());
        Assert.All(paths.SelectMany(p => p.Value!.AsObject()), o =>
            Assert.Equal("#/components/schemas/ProblemDetails", o.Value!["responses"]!["401"]!["content"]!["application/problem+json"]!["schema"]!["$ref"]!.GetValue<string>()));
    }
}
