using Integration.Core.Conflicts;
using Integration.Core.Connectors;
using Integration.Core.CrossReference;
using Integration.Core.Processing;
using Integration.Core.Tests.Fakes;
using Integration.Core.Writing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Integration.Core.Tests;

public sealed class IntegrationCoreServiceCollectionExtensionsTests
{
    private static ServiceCollection WithPorts()
    {
        var services = new ServiceCollection();
        var logs = new RecordingLogs();
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddSingleton<IPlanProvider>(new FixedPlan(TestPlans.Build()));
        services.AddSingleton<ICrossReferenceStore, InMemoryCrossReferenceStore>();
        services.AddSingleton<IWriteQueue, InMemoryWriteQueue>();
        services.AddSingleton<IConflictLog>(logs);
        services.AddSingleton<ISyncErrorLog>(logs);
        services.AddSingleton<IDeadLetterStore>(logs);
        services.AddSingleton<IConnectorFactory>(new FakeConnectorFactory("salesforce", new FakeSystem("sf", "001")));
        return services;
    }

    [Fact]
    public void AddIntegrationCore_registers_the_processor_and_the_writer_once_even_when_called_twice()
    {
        var services = WithPorts();

        services.AddIntegrationCore().AddIntegrationCore();
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        Assert.NotNull(provider.GetRequiredService<ChangeProcessor>());
        Assert.NotNull(provider.GetRequiredService<DestinationWriter>());
        Assert.IsType<PlanSourceOfTruthProvider>(provider.GetRequiredService<ISourceOfTruthProvider>());
        Assert.Single(services, d => d.ServiceType == typeof(ChangeProcessor));
        Assert.Single(services, d => d.ServiceType == typeof(IValidateOptions<SyncEngineOptions>));
    }

    [Fact]
    public void AddIntegrationCore_keeps_a_source_of_truth_provider_registered_before_it()
    {
        var services = WithPorts();
        services.AddSingleton<ISourceOfTruthProvider, SwitchableSourceOfTruth>();

        services.AddIntegrationCore();
        using var provider = services.BuildServiceProvider();

        Assert.IsType<SwitchableSourceOfTruth>(provider.GetRequiredService<ISourceOfTruthProvider>());
    }

    [Theory]
    [InlineData("00:00:00", "00:00:00", 5, "Sync:ParkMaxWait")]
    [InlineData("00:10:00", "00:20:00", 5, "ParkRetryDelay is 00:20:00, longer than ParkMaxWait 00:10:00")]
    [InlineData("00:10:00", "00:00:30", -1, "Sync:CrossReferenceRetries")]
    public void Invalid_options_fail_naming_the_key_and_value(string maxWait, string retryDelay, int retries, string expected)
    {
        var services = WithPorts();
        services.AddIntegrationCore(o =>
        {
            o.ParkMaxWait = TimeSpan.Parse(maxWait, System.Globalization.CultureInfo.InvariantCulture);
            o.ParkRetryDelay = TimeSpan.Parse(retryDelay, System.Globalization.CultureInfo.InvariantCulture);
            o.CrossReferenceRetries = retries;
        });
        using var provider = services.BuildServiceProvider();

        var failure = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<SyncEngineOptions>>().Value);

        Assert.Contains(expected, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_options_are_valid_and_documented_values()
    {
        var options = new SyncEngineOptions();

        Assert.True(new SyncEngineOptionsValidator().Validate(null, options).Succeeded);
        Assert.Equal((TimeSpan.FromMinutes(15), TimeSpan.FromSeconds(30), 5), (options.ParkMaxWait, options.ParkRetryDelay, options.CrossReferenceRetries));
    }
}
