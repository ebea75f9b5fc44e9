using Integration.Connectors.HubSpot;
using Integration.Core.Connectors;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Integration.Connectors.Tests.HubSpot;

public sealed class HubSpotRegistrationTests
{
    [Theory]
    [InlineData("HubSpot:Connections:main:BatchSize", "150", "HubSpot:Connections:main:BatchSize is 150; batch endpoints take at most 100.")]
    [InlineData("HubSpot:Connections:main:SearchPageSize", "500", "HubSpot:Connections:main:SearchPageSize is 500; search pages hold at most 200.")]
    [InlineData("HubSpot:Connections:main:SearchWindowSize", "20000", "HubSpot:Connections:main:SearchWindowSize is 20000; it must be between SearchPageSize (200) and 10000, the search paging cap.")]
    [InlineData("HubSpot:Connections:main:AccessToken", "", "HubSpot:Connections:main:AccessToken is missing; a private-app access token is required.")]
    [InlineData("HubSpot:Connections:main:RequestBudget:BulkShare", "1.5", "HubSpot:Connections:main:RequestBudget:BulkShare is 1.5; The field BulkShare must be between 0.05 and 1.")]
    public void Options_with_a_bad_value_fail_naming_key_value_and_rule(string key, string value, string message)
    {
        using var services = HubSpotTestHost.Build("http://localhost:1", overrides: new Dictionary<string, string?> { [key] = value });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<HubSpotOptions>>().Value);

        Assert.Contains(message, error.Failures);
    }

    [Fact]
    public void Options_with_an_unknown_key_fail()
    {
        using var services = HubSpotTestHost.Build("http://localhost:1", overrides: new Dictionary<string, string?> { ["HubSpot:Connections:main:AccesToken"] = "typo" });

        var error = Assert.Throws<InvalidOperationException>(() => services.GetRequiredService<IOptions<HubSpotOptions>>().Value);

        Assert.Contains("AccesToken", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void AddHubSpotConnector_twice_registers_one_factory_and_defaults_the_base_url()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["HubSpot:Connections:main:AccessToken"] = "token",
        }).Build();
        var services = new ServiceCollection().AddLogging();

        services.AddHubSpotConnector(configuration.GetSection("HubSpot")).AddHubSpotConnector(configuration.GetSection("HubSpot"));
        using var provider = services.BuildServiceProvider();

        var factory = Assert.Single(provider.GetServices<IConnectorFactory>());
        Assert.Equal(("hubspot", "main"), (factory.Kind, factory.Create("main").Connection));
        Assert.Equal(new Uri("https://api.hubapi.com"), provider.GetRequiredService<IOptions<HubSpotOptions>>().Value.Connections["main"].BaseUrl);
    }

    [Fact]
    public void Create_unknown_connection_names_the_configured_ones()
    {
        using var services = HubSpotTestHost.Build("http://localhost:1");

        var error = Assert.Throws<InvalidOperationException>(() => services.GetRequiredService<IConnectorFactory>().Create("other"));

        Assert.Contains("'other'", error.Message, StringComparison.Ordinal);
        Assert.Contains("main", error.Message, StringComparison.Ordinal);
    }
}
