using Integration.Connectors.HubSpot;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Integration.Connectors.Tests.HubSpot;

/// <summary>Builds the connector exactly as the app does: configuration, then <c>AddHubSpotConnector</c>.</summary>
internal static class HubSpotTestHost
{
    public const string Token = "pat-na1-test-token";
    public const string Secret = "yyyyyyyy-yyyy-yyyy-yyyy-yyyyyyyyyyyy";

    public static ServiceProvider Build(string baseUrl, TimeProvider? time = null, IDictionary<string, string?>? overrides = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["HubSpot:Connections:main:BaseUrl"] = baseUrl,
            ["HubSpot:Connections:main:AccessToken"] = Token,
            ["HubSpot:Connections:main:PortalId"] = "62515",
            ["HubSpot:Connections:main:AppId"] = "54321",
            ["HubSpot:Connections:main:ClientSecret"] = Secret,
            ["HubSpot:Resilience:BaseDelay"] = "00:00:00.010",
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging();
        if (time is not null)
        {
            services.AddSingleton(time);
        }

        services.AddHubSpotConnector(configuration.GetSection(HubSpotOptions.SectionName));
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
