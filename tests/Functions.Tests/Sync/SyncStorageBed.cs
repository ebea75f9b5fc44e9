using Azure.Data.Tables;
using Azure.Storage.Queues;
using Integration.Functions.Plans;
using Integration.Functions.Storage;
using Integration.TestKit.Azurite;
using Integration.TestKit.Repository;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Integration.Functions.Tests.Sync;

/// <summary>Adapters over Azurite with table and queue names of their own, and the example Salesforce-to-HubSpot plan (systems sf, hs).</summary>
internal sealed class SyncStorageBed : IDisposable
{
    public SyncStorageBed(AzuriteFixture azurite, int maxMessageBytes = 48 * 1024)
    {
        var connection = StorageConnection.FromConfiguration(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["AzureWebJobsStorage"] = azurite.ConnectionString }).Build());
        Tables = connection.CreateTableServiceClient();
        Queues = connection.CreateQueueServiceClient();
        TableNames = new SyncTableOptions
        {
            CrossReference = StorageNames.Table("xref"),
            Checkpoints = StorageNames.Table("checkpoints"),
            Conflicts = StorageNames.Table("conflicts"),
            Errors = StorageNames.Table("errors"),
            DeadLetters = StorageNames.Table("deadletters"),
            MappingSwitches = StorageNames.Table("switches"),
        };
        QueueNames = new SyncQueueOptions
        {
            Changes = StorageNames.Queue("changes"),
            WritesSalesforce = StorageNames.Queue("writes-sf"),
            WritesHubSpot = StorageNames.Queue("writes-hs"),
            WritesNetSuite = StorageNames.Queue("writes-ns"),
            MaxMessageBytes = maxMessageBytes,
        };
        Plans = new FilePlanProvider(Options.Create(new PlanOptions { PlanPath = ExamplePlanPath }));
    }

    public static string ExamplePlanPath => Path.Combine(RepositoryRoot.Find(), "plans", "examples", "salesforce-to-hubspot.json");

    public TableServiceClient Tables { get; }

    public QueueServiceClient Queues { get; }

    public SyncTableOptions TableNames { get; }

    public SyncQueueOptions QueueNames { get; }

    public FilePlanProvider Plans { get; }

    public async Task CreateAsync(CancellationToken cancellationToken)
    {
        foreach (var table in TableNames.All())
        {
            await Tables.CreateTableIfNotExistsAsync(table, cancellationToken);
        }

        foreach (var queue in QueueNames.All())
        {
            await Queues.GetQueueClient(queue).CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        }
    }

    public async Task<List<string>> ReceiveAllAsync(string queue, CancellationToken cancellationToken)
    {
        var client = Queues.GetQueueClient(queue);
        var bodies = new List<string>();
        while (true)
        {
            var messages = (await client.ReceiveMessagesAsync(32, TimeSpan.FromMinutes(1), cancellationToken)).Value;
            if (messages.Length == 0)
            {
                return bodies;
            }

            bodies.AddRange(messages.Select(m => m.Body.ToString()));
        }
    }

    public void Dispose() => Plans.Dispose();
}
