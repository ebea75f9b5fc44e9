using System.Security.Cryptography;
using Integration.Connectors.Salesforce;
using Integration.Core.Connectors;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Integration.Connectors.Tests.Salesforce;

public sealed class SalesforceOptionsTests
{
    [Theory]
    [InlineData("QueryBatchSize", "5000", "Salesforce:QueryBatchSize is 5000; must be between 200 and 2000.")]
    [InlineData("MaxQueryUrlLength", "20000", "Salesforce:MaxQueryUrlLength is 20000; must be between 2000 and 16384.")]
    [InlineData("Connections:main:ApiVersion", "v68", @"Salesforce:Connections:main:ApiVersion is 'v68'; must match ^\d{2,3}\.0$.")]
    [InlineData("Connections:main:ClientId", "", "Salesforce:Connections:main:ClientId is empty; it is required.")]
    [InlineData("Connections:main:LoginUrl", "login.salesforce.com", "Salesforce:Connections:main:LoginUrl is 'login.salesforce.com'; must be an absolute http(s) URL such as https://login.salesforce.com.")]
    [InlineData("Connections:main:ClientSecret", "", "Salesforce:Connections:main:ClientSecret is empty and Salesforce:Connections:main:PrivateKeyPem is empty; set ClientSecret (client-credentials flow) or PrivateKeyPem with Username (JWT bearer flow).")]
    [InlineData("Resilience:AttemptTimeout", "00:01:00", "Salesforce:Resilience:AttemptTimeout is 00:01:00; must not exceed Salesforce:Resilience:TotalTimeout (00:00:15).")]
    [InlineData("Resilience:MaxRetryAttempts", "50", "Salesforce:Resilience:MaxRetryAttempts is 50; must be between 0 and 10.")]
    public void Bad_setting_stops_the_start_naming_key_value_and_rule(string key, string value, string expected)
    {
        var settings = Valid();
        settings[key] = value;
        using var provider = SalesforceTestServer.Build(settings);

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(expected, error.Failures);
    }

    [Fact]
    public void Secrets_are_never_echoed_in_validation_errors()
    {
        var settings = Valid();
        settings["Connections:main:PrivateKeyPem"] = "-----BEGIN PRIVATE KEY-----\nbm90LWEta2V5\n-----END PRIVATE KEY-----";
        settings["Connections:main:Username"] = "integration@acme.example";
        using var provider = SalesforceTestServer.Build(settings);

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("Salesforce:Connections:main:PrivateKeyPem is (secret, not shown); must be a PEM-encoded RSA private key.", error.Failures);
        Assert.DoesNotContain("bm90LWEta2V5", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_key_stops_the_start_naming_it()
    {
        var settings = Valid();
        settings["Connections:main:ClientSecrett"] = "typo";
        using var provider = SalesforceTestServer.Build(settings);

        var error = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("'ClientSecrett'", error.InnerException?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Valid_settings_start_and_the_factory_serves_the_named_connection()
    {
        var settings = Valid();
        settings["Connections:jwt:LoginUrl"] = "https://test.salesforce.com";
        settings["Connections:jwt:ClientId"] = "other";
        using var rsa = RSA.Create(2048);
        settings["Connections:jwt:PrivateKeyPem"] = rsa.ExportRSAPrivateKeyPem();
        settings["Connections:jwt:Username"] = "integration@acme.example";
        using var provider = SalesforceTestServer.Build(settings);

        provider.GetRequiredService<IStartupValidator>().Validate();
        var factory = Assert.Single(provider.GetServices<IConnectorFactory>());

        Assert.Equal("salesforce", factory.Kind);
        Assert.Equal("jwt", factory.Create("jwt").Connection);
        Assert.Same(factory.Create("main"), factory.Create("main"));
    }

    [Fact]
    public void Unknown_connection_names_the_configured_ones()
    {
        using var provider = SalesforceTestServer.Build(Valid());
        var factory = provider.GetRequiredService<IConnectorFactory>();

        var error = Assert.Throws<KeyNotFoundException>(() => factory.Create("prod"));

        Assert.Equal("No Salesforce connection 'prod' is configured under Salesforce:Connections (configured: main).", error.Message);
    }

    [Fact]
    public void Adding_the_connector_twice_registers_it_once()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(Valid()).Build();
        var services = new ServiceCollection();
        services.AddSalesforceConnector(configuration);
        services.AddSalesforceConnector(configuration);
        using var provider = services.BuildServiceProvider();

        Assert.Single(provider.GetServices<IConnectorFactory>());
        Assert.Single(provider.GetServices<IValidateOptions<SalesforceOptions>>());
        Assert.Equal("main", provider.GetRequiredService<IConnectorFactory>().Create("main").Connection);
    }

    private static Dictionary<string, string?> Valid() => new()
    {
        ["Connections:main:LoginUrl"] = "https://login.salesforce.com",
        ["Connections:main:ClientId"] = "3MVG9client",
        ["Connections:main:ClientSecret"] = "secret",
        ["Resilience:TotalTimeout"] = "00:00:15",
        ["Resilience:AttemptTimeout"] = "00:00:05",
    };
}
