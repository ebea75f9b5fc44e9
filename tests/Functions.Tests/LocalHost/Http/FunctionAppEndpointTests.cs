using System.Net;
using Integration.Functions.LocalHost.Catalog;
using Integration.TestKit.Azurite;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Integration.Functions.Tests.LocalHost.Http;

public sealed class FunctionAppEndpointTests(AzuriteFixture azurite)
{
    [Theory]
    [InlineData("/api/healthz", "\"status\":\"healthy\"")]
    [InlineData("/api/readyz", "\"status\":\"ready\"")]
    public async Task Real_app_probe_answers_200_through_the_local_host(string path, string expectedFragment)
    {
        // Any public type of the local host's assembly names its entry point; `Program` itself is ambiguous
        // here (CS0433) because the function app, an Exe with InternalsVisibleTo this project, has one too.
        await using var factory = new WebApplicationFactory<FunctionCatalog>()
            .WithWebHostBuilder(b => b.UseSetting("AzureWebJobsStorage", azurite.ConnectionString));
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(expectedFragment, body, StringComparison.Ordinal);
    }
}
