using System.Net.Http.Headers;
using System.Text.Json;
using Integration.Functions.Admin.Conflicts;
using Integration.Functions.Admin.DeadLetters;
using Integration.Functions.Admin.Errors;
using Integration.Functions.Admin.Mappings;
using Integration.Functions.Admin.OpenApi;
using Integration.Functions.Admin.Status;
using Integration.Functions.Tests.LocalHost.Hosting;
using Integration.TestKit.Azurite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Integration.Functions.Tests.Admin;

/// <summary>The management functions on the local host, registered by the app's own composition root, with test settings.</summary>
internal static class AdminHost
{
    public const string ApiKey = "test-admin-key-0123456789-abcdefghijklmnop";

    public static readonly Type[] Functions =
    [
        typeof(SyncStatusFunction), typeof(ListConflictsFunction), typeof(ListDeadLettersFunction), typeof(GetDeadLetterFunction),
        typeof(DeleteDeadLetterFunction), typeof(ReplayDeadLetterFunction), typeof(ListSyncErrorsFunction),
        typeof(PauseMappingFunction), typeof(ResumeMappingFunction), typeof(ManagementOpenApiFunction),
    ];

    /// <summary>Settings with one API key and tables and queue prefix of this test's own.</summary>
    public static Dictionary<string, string?> Settings(AzuriteFixture azurite, string? apiKey = ApiKey)
    {
        var settings = new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = azurite.ConnectionString,
            ["Sync:Tables:Checkpoints"] = StorageNames.Table("checkpoints"),
            ["Sync:Tables:MappingSwitches"] = StorageNames.Table("switches"),
            ["Sync:Tables:Errors"] = StorageNames.Table("errors"),
            ["Sync:Tables:DeadLetters"] = StorageNames.Table("deadletters"),
            ["Sync:Tables:Conflicts"] = StorageNames.Table("conflicts"),
            ["Admin:QueuePrefixes:0"] = StorageNames.Queue("st") + "-",
        };
        if (apiKey is not null)
        {
            settings["Admin:ApiKeys:0"] = apiKey;
        }

        return settings;
    }

    public static Task<TestLocalHost> StartAsync(Dictionary<string, string?> settings, Action<IServiceCollection>? services = null) =>
        TestLocalHost.StartAsync(Functions, settings, s =>
        {
            s.AddIntegrationFunctions(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
            services?.Invoke(s);
        });

    public static HttpRequestMessage Request(HttpMethod method, string path, string? apiKey = ApiKey, string? bearer = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (apiKey is not null)
        {
            request.Headers.Add("X-Api-Key", apiKey);
        }

        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        return request;
    }

    public static async Task<(HttpResponseMessage Response, JsonElement Body)> SendAsync(TestLocalHost host, HttpRequestMessage request)
    {
        using var client = host.CreateClient();
        var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var body = text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
        return (response, body);
    }
}
