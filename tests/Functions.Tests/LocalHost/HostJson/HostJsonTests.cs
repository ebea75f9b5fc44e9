using Azure.Storage.Queues;
using Integration.Functions.LocalHost.HostJson;
using Integration.Functions.Tests.LocalHost.Hosting;
using Microsoft.Extensions.Configuration;

namespace Integration.Functions.Tests.LocalHost.HostJson;

public sealed class HostJsonTests
{
    private static readonly string RepositoryHostJson = Path.Combine(AppContext.BaseDirectory, "host.json");

    [Fact]
    public void Repository_host_json_is_read_with_its_values()
    {
        var configuration = new ConfigurationBuilder().AddHostJson(RepositoryHostJson).Build();
        var (host, queues) = (new FunctionHostOptions(), new QueueHostOptions());

        HostJsonReader.Read(configuration, host);
        HostJsonReader.Read(configuration, queues);

        Assert.Equal(TimeSpan.FromMinutes(10), host.FunctionTimeout);
        Assert.Equal("api", host.RoutePrefix);
        Assert.Equal((32, 32, 5), (queues.BatchSize, queues.NewBatchThreshold, queues.MaxDequeueCount));
        Assert.Equal((TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(100)), (queues.VisibilityTimeout, queues.MaxPollingInterval));
        Assert.Equal(QueueMessageEncoding.None, queues.MessageEncoding);
    }

    [Fact]
    public void App_setting_overrides_host_json_like_AzureFunctionsJobHost_settings_do()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["AzureFunctionsJobHost:extensions:queues:batchSize"] = "3" })
            .AddHostJson(RepositoryHostJson)
            .Build();
        var queues = new QueueHostOptions();

        HostJsonReader.Read(configuration, queues);

        Assert.Equal(3, queues.BatchSize);
    }

    [Fact]
    public void Absent_keys_take_the_extension_defaults()
    {
        var queues = new QueueHostOptions();
        var host = new FunctionHostOptions();
        var empty = new ConfigurationBuilder().Build();

        HostJsonReader.Read(empty, queues);
        HostJsonReader.Read(empty, host);

        Assert.Equal((16, 16 / 2 * Environment.ProcessorCount, 5), (queues.BatchSize, queues.NewBatchThreshold, queues.MaxDequeueCount));
        Assert.Equal((TimeSpan.Zero, TimeSpan.FromMinutes(1), QueueMessageEncoding.Base64), (queues.VisibilityTimeout, queues.MaxPollingInterval, queues.MessageEncoding));
        Assert.Equal(TimeSpan.FromMinutes(30), host.FunctionTimeout);
    }

    [Theory]
    [InlineData("extensions:queues:batchSize", "40", "host.json extensions.queues.batchSize is '40'; it must be 1 to 32")]
    [InlineData("extensions:queues:batchSize", "0", "host.json extensions.queues.batchSize is '0'; it must be 1 to 32")]
    [InlineData("extensions:queues:batchSize", "many", "host.json extensions.queues.batchSize is 'many'; it must be a whole number")]
    [InlineData("extensions:queues:newBatchThreshold", "-1", "host.json extensions.queues.newBatchThreshold is '-1'; it must be zero or more")]
    [InlineData("extensions:queues:maxDequeueCount", "0", "host.json extensions.queues.maxDequeueCount is '0'; it must be at least 1")]
    [InlineData("extensions:queues:maxPollingInterval", "00:00:00.050", "host.json extensions.queues.maxPollingInterval is '00:00:00.050'; it must be at least 00:00:00.100")]
    [InlineData("extensions:queues:visibilityTimeout", "soon", "host.json extensions.queues.visibilityTimeout is 'soon'; it must be a TimeSpan")]
    [InlineData("extensions:queues:messageEncoding", "utf8", "host.json extensions.queues.messageEncoding is 'utf8'; it must be base64 or none")]
    [InlineData("functionTimeout", "00:00:00", "host.json functionTimeout is '00:00:00'; it must be a positive TimeSpan")]
    public async Task Bad_value_stops_the_start_naming_key_value_and_rule(string key, string value, string expected)
    {
        var settings = new Dictionary<string, string?> { [$"AzureFunctionsJobHost:{key}"] = value };

        var error = await Assert.ThrowsAnyAsync<Exception>(async () => await TestLocalHost.StartAsync([], settings));

        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Minus_one_function_timeout_means_unbounded()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["AzureFunctionsJobHost:functionTimeout"] = "-1" }).Build();
        var host = new FunctionHostOptions();

        HostJsonReader.Read(configuration, host);

        Assert.Null(host.FunctionTimeout);
    }
}
