using Integration.Functions.Health;
using Integration.Functions.Tests.LocalHost.Hosting;
using Integration.TestKit.Azurite;
using Microsoft.Extensions.Configuration;

namespace Integration.Functions.Tests.Sync;

public sealed class PlanStartupTests(AzuriteFixture azurite) : IDisposable
{
    private readonly SyncStorageBed _bed = new(azurite);
    private readonly string _badPlan = Path.Combine(Path.GetTempPath(), $"bad-plan-{Guid.NewGuid():N}.json");

    public void Dispose()
    {
        _bed.Dispose();
        File.Delete(_badPlan);
    }

    public static TheoryData<string, string> Broken => new()
    {
        { "invalid plan", "is not a valid plan" },
        { "missing plan file", "does not exist" },
        { "unconfigured connection", "plan system 'sf' (Salesforce) uses connection 'SalesforceProd', but 'Salesforce:Connections:SalesforceProd' is not configured" },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public async Task Start_with_a_plan_that_cannot_run_fails_naming_the_problem(string problem, string expected)
    {
        File.WriteAllText(_badPlan, """{ "name": "broken", "systems": {}, "mappings": [ { "name": 1 } ] }""");
        var settings = SyncHostSettings.For(azurite.ConnectionString, _bed);
        settings["Integration:PlanPath"] = problem switch
        {
            "invalid plan" => _badPlan,
            "missing plan file" => _badPlan + ".missing",
            _ => SyncStorageBed.ExamplePlanPath,
        };
        if (problem == "unconfigured connection")
        {
            foreach (var key in settings.Keys.Where(k => k.StartsWith("Salesforce:", StringComparison.Ordinal)).ToList())
            {
                settings.Remove(key);
            }
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await using var host = await TestLocalHost.StartAsync([typeof(HealthzFunction)], settings, services => services.AddIntegrationFunctions(configuration));
        });

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_with_a_runnable_plan_creates_the_tables_and_queues()
    {
        var settings = SyncHostSettings.For(azurite.ConnectionString, _bed);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();

        await using var host = await TestLocalHost.StartAsync([typeof(HealthzFunction)], settings, services => services.AddIntegrationFunctions(configuration));

        foreach (var queue in _bed.QueueNames.All())
        {
            Assert.True((await _bed.Queues.GetQueueClient(queue).ExistsAsync(TestContext.Current.CancellationToken)).Value, $"queue {queue} was not created");
        }

        var tables = new List<string>();
        await foreach (var table in _bed.Tables.QueryAsync(cancellationToken: TestContext.Current.CancellationToken))
        {
            tables.Add(table.Name);
        }

        Assert.Subset(tables.ToHashSet(), _bed.TableNames.All().ToHashSet());
    }
}
