using System.Net.Http.Json;
using Integration.Connectors.Salesforce;
using Integration.Core.Connectors;
using Integration.Core.Schema;
using Integration.Sandbox;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Integration.Plans.Tests.Validation.Live;

/// <summary>
/// The sandbox started in-process on free ports with an org of its own, and the Salesforce connector built for
/// that org by <c>AddSalesforceConnector</c>: its <see cref="Schema"/> describes the live (sandbox) objects.
/// </summary>
public sealed class SalesforceSandboxSchema : IAsyncLifetime
{
    private SandboxHost? _host;
    private ServiceProvider? _services;

    public IObjectSchemaProvider Schema { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        _host = await SandboxHost.StartAsync(new SandboxOptions { SalesforcePort = 0, HubSpotPort = 0, NetSuitePort = 0 }, cancellationToken);
        var name = $"org-{Guid.NewGuid():N}";
        using (var control = new HttpClient { BaseAddress = _host.SalesforceBaseUrl })
        {
            using var created = await control.PostAsJsonAsync("_sandbox/salesforce/orgs", new { name, clientId = $"cid-{name}", clientSecret = "secret" }, cancellationToken);
            Assert.True(created.IsSuccessStatusCode, $"creating sandbox org {name} answered {(int)created.StatusCode}");
        }

        var settings = new Dictionary<string, string?>
        {
            ["Connections:main:LoginUrl"] = _host.SalesforceBaseUrl.ToString().TrimEnd('/'),
            ["Connections:main:ClientId"] = $"cid-{name}",
            ["Connections:main:ClientSecret"] = "secret",
        };
        _services = new ServiceCollection()
            .AddSalesforceConnector(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .BuildServiceProvider();
        Schema = _services.GetServices<IConnectorFactory>().Single(f => f.Kind == "salesforce").Create("main").Schema;
    }

    public async ValueTask DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
