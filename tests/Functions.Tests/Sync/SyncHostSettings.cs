namespace Integration.Functions.Tests.Sync;

/// <summary>Settings of a local host running the real sync pipeline over the example plan, with storage names of the bed.</summary>
internal static class SyncHostSettings
{
    public const string HubSpotSecret = "hubspot-app-secret";
    public const string HubSpotConnection = "HubSpotNew";
    public const string SalesforceConnection = "SalesforceProd";

    public static Dictionary<string, string?> For(string storage, SyncStorageBed bed)
    {
        var settings = Integration.Functions.Tests.LocalHost.Hosting.TestLocalHost.FastQueueSettings(storage);
        settings["Integration:PlanPath"] = SyncStorageBed.ExamplePlanPath;
        settings["Sync:Queues:Changes"] = bed.QueueNames.Changes;
        settings["Sync:Queues:WritesSalesforce"] = bed.QueueNames.WritesSalesforce;
        settings["Sync:Queues:WritesHubSpot"] = bed.QueueNames.WritesHubSpot;
        settings["Sync:Queues:WritesNetSuite"] = bed.QueueNames.WritesNetSuite;
        settings["Sync:Tables:CrossReference"] = bed.TableNames.CrossReference;
        settings["Sync:Tables:Checkpoints"] = bed.TableNames.Checkpoints;
        settings["Sync:Tables:Conflicts"] = bed.TableNames.Conflicts;
        settings["Sync:Tables:Errors"] = bed.TableNames.Errors;
        settings["Sync:Tables:DeadLetters"] = bed.TableNames.DeadLetters;
        settings["Sync:Tables:MappingSwitches"] = bed.TableNames.MappingSwitches;
        settings[$"HubSpot:Connections:{HubSpotConnection}:BaseUrl"] = "http://localhost:1";
        settings[$"HubSpot:Connections:{HubSpotConnection}:AccessToken"] = "token";
        settings[$"HubSpot:Connections:{HubSpotConnection}:ClientSecret"] = HubSpotSecret;
        settings["HubSpot:Webhooks:PublicBaseUrl"] = "https://sync.example.com";
        settings[$"Salesforce:Connections:{SalesforceConnection}:LoginUrl"] = "http://localhost:1";
        settings[$"Salesforce:Connections:{SalesforceConnection}:ClientId"] = "client";
        settings[$"Salesforce:Connections:{SalesforceConnection}:ClientSecret"] = "secret";
        return settings;
    }
}
