using Integration.Functions.Storage;
using Integration.TestKit.Azurite;
using Microsoft.Extensions.Configuration;

namespace Integration.Functions.Tests.Storage;

public sealed class StorageConnectionTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Connection_string_setting_reaches_the_account_queue_round_trip()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["AzureWebJobsStorage"] = azurite.ConnectionString })
            .Build();
        var connection = StorageConnection.FromConfiguration(configuration);
        var queue = connection.CreateQueueServiceClient().GetQueueClient(StorageNames.Queue("roundtrip"));
        var ct = TestContext.Current.CancellationToken;
        await queue.CreateAsync(cancellationToken: ct);

        await queue.SendMessageAsync("hello", ct);
        var received = await queue.ReceiveMessageAsync(cancellationToken: ct);

        Assert.Equal("hello", received.Value.MessageText);
    }

    [Theory]
    [InlineData("AzureWebJobsStorage__accountName", "acct", "https://acct.queue.core.windows.net/")]
    [InlineData("AzureWebJobsStorage__queueServiceUri", "https://q.example.test/", "https://q.example.test/")]
    public void Identity_based_settings_give_the_service_uri(string key, string value, string expectedQueueUri)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [key.Replace("__", ":", StringComparison.Ordinal)] = value })
            .Build();

        var client = StorageConnection.FromConfiguration(configuration).CreateQueueServiceClient();

        Assert.Equal(new Uri(expectedQueueUri), client.Uri);
    }

    [Fact]
    public void Missing_setting_names_the_keys_looked_at()
    {
        var configuration = new ConfigurationBuilder().Build();

        var error = Assert.Throws<InvalidOperationException>(() => StorageConnection.FromConfiguration(configuration, "Feeds"));

        Assert.Contains("'Feeds__accountName'", error.Message, StringComparison.Ordinal);
    }
}
