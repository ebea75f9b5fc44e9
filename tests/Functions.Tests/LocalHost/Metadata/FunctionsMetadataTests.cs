using System.Text.Json;
using Integration.Functions.Admin.Conflicts;
using Integration.Functions.Admin.DeadLetters;
using Integration.Functions.Admin.Errors;
using Integration.Functions.Admin.Mappings;
using Integration.Functions.Admin.OpenApi;
using Integration.Functions.Admin.Status;
using Integration.Functions.Health;
using Integration.Functions.Intake;
using Integration.Functions.LocalHost.Catalog;
using Integration.Functions.Processing;
using Integration.Functions.Settings;
using Integration.Functions.Writing;
using Microsoft.Extensions.Configuration;

namespace Integration.Functions.Tests.LocalHost.Metadata;

/// <summary>
/// The Functions SDK's generated functions.metadata is what the platform indexes. Each row says what a
/// function must be declared as; the local host's catalog must read the same from the attributes.
/// Add a row per new function (queue rows: queueName and connection; timer rows: schedule).
/// </summary>
public sealed class FunctionsMetadataTests
{
    private static readonly Lazy<JsonElement[]> Metadata = new(() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "functions.metadata"))).RootElement.EnumerateArray().ToArray());

    public static TheoryData<string, string, string> Functions => new()
    {
        // name, trigger type, the trigger's defining properties
        { nameof(HealthzFunction), "httpTrigger", "route=healthz;methods=get;authLevel=Anonymous" },
        { nameof(ReadyzFunction), "httpTrigger", "route=readyz;methods=get;authLevel=Anonymous" },
        { nameof(HubSpotWebhookFunction), "httpTrigger", "route=webhooks/hubspot/{connection};methods=post;authLevel=Anonymous" },
        { nameof(NetSuiteWebhookFunction), "httpTrigger", "route=webhooks/netsuite/{connection};methods=post;authLevel=Anonymous" },
        { nameof(SalesforceCdcDrainFunction), "timerTrigger", "schedule=%Sync:Salesforce:DrainSchedule%" },
        { nameof(NetSuitePollFunction), "timerTrigger", "schedule=%Sync:NetSuite:PollSchedule%" },
        { nameof(HubSpotSweepFunction), "timerTrigger", "schedule=%Sync:HubSpot:SweepSchedule%" },
        { nameof(ProcessChangesFunction), "queueTrigger", "queueName=%Sync:Queues:Changes%;connection=AzureWebJobsStorage" },
        { nameof(WriteSalesforceFunction), "queueTrigger", "queueName=%Sync:Queues:WritesSalesforce%;connection=AzureWebJobsStorage" },
        { nameof(WriteHubSpotFunction), "queueTrigger", "queueName=%Sync:Queues:WritesHubSpot%;connection=AzureWebJobsStorage" },
        { nameof(WriteNetSuiteFunction), "queueTrigger", "queueName=%Sync:Queues:WritesNetSuite%;connection=AzureWebJobsStorage" },
        // Management API: anonymous for the platform, authenticated by AdminGate (X-Api-Key or Entra bearer token).
        { nameof(SyncStatusFunction), "httpTrigger", "route=manage/status;methods=get;authLevel=Anonymous" },
        { nameof(ListConflictsFunction), "httpTrigger", "route=manage/conflicts;methods=get;authLevel=Anonymous" },
        { nameof(ListDeadLettersFunction), "httpTrigger", "route=manage/dead-letters;methods=get;authLevel=Anonymous" },
        { nameof(GetDeadLetterFunction), "httpTrigger", "route=manage/dead-letters/{id};methods=get;authLevel=Anonymous" },
        { nameof(DeleteDeadLetterFunction), "httpTrigger", "route=manage/dead-letters/{id};methods=delete;authLevel=Anonymous" },
        { nameof(ReplayDeadLetterFunction), "httpTrigger", "route=manage/dead-letters/{id}/replay;methods=post;authLevel=Anonymous" },
        { nameof(ListSyncErrorsFunction), "httpTrigger", "route=manage/errors;methods=get;authLevel=Anonymous" },
        { nameof(PauseMappingFunction), "httpTrigger", "route=manage/mappings/{name}/pause;methods=post;authLevel=Anonymous" },
        { nameof(ResumeMappingFunction), "httpTrigger", "route=manage/mappings/{name}/resume;methods=post;authLevel=Anonymous" },
        { nameof(ManagementOpenApiFunction), "httpTrigger", "route=manage/openapi.json;methods=get;authLevel=Anonymous" },
    };

    [Theory]
    [MemberData(nameof(Functions))]
    public void Generated_metadata_declares_the_function_with_its_trigger(string name, string triggerType, string expected)
    {
        var function = Assert.Single(Metadata.Value, f => f.GetProperty("name").GetString() == name);
        var trigger = Assert.Single(function.GetProperty("bindings").EnumerateArray(), b => b.GetProperty("type").GetString()!.EndsWith("Trigger", StringComparison.Ordinal));

        Assert.Equal(triggerType, trigger.GetProperty("type").GetString());
        Assert.Equal(expected, Describe(trigger));
    }

    [Theory]
    [MemberData(nameof(Functions))]
    public void Local_host_catalog_reads_the_same_trigger_as_the_metadata(string name, string triggerType, string expected)
    {
        // Placeholders resolve from the app's defaults, as the local host's Program adds them.
        var configuration = new ConfigurationBuilder().AddSyncSettingDefaults().Build();
        var catalog = new FunctionCatalog(FunctionSources.FromAssemblies([typeof(HealthzFunction).Assembly]), configuration);

        var described = catalog[name].Trigger switch
        {
            HttpFunctionTrigger http => ("httpTrigger", $"route={http.Route};methods={string.Join(',', http.Methods).ToLowerInvariant()};authLevel={http.AuthLevel}"),
            QueueFunctionTrigger queue => ("queueTrigger", $"queueName={queue.Queue.QueueName};connection={queue.Queue.Connection}"),
            TimerFunctionTrigger timer => ("timerTrigger", $"schedule={timer.Timer.Schedule}"),
            var other => (other.GetType().Name, ""),
        };

        Assert.Equal((triggerType, expected), described);
    }

    [Fact]
    public void Every_function_in_the_metadata_has_a_row_here()
    {
        var declared = Metadata.Value.Select(f => f.GetProperty("name").GetString()).Order();

        Assert.Equal(Functions.Select(row => row.Data.Item1).Order(), declared);
    }

    private static string Describe(JsonElement trigger) => trigger.GetProperty("type").GetString() switch
    {
        "httpTrigger" => $"route={trigger.GetProperty("route").GetString()};" +
            $"methods={string.Join(',', trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString()))};" +
            $"authLevel={trigger.GetProperty("authLevel").GetString()}",
        "queueTrigger" => $"queueName={trigger.GetProperty("queueName").GetString()};connection={Optional(trigger, "connection")}",
        "timerTrigger" => $"schedule={trigger.GetProperty("schedule").GetString()}",
        var other => $"unknown trigger {other}",
    };

    private static string Optional(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) ? value.GetString() ?? "" : "";
}
