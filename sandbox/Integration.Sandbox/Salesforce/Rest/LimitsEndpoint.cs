using Integration.Sandbox.Hosting;
using System.Text.Json.Nodes;

namespace Integration.Sandbox.Salesforce.Rest;

/// <summary><c>limits</c>: the daily API allocation (<c>DailyApiRequests</c>), as the Limits resource reports it.</summary>
internal static class LimitsEndpoint
{
    public static void Map(RouteGroupBuilder api) => api.MapGet("/limits", (SalesforceSession session) =>
        Results.Content(new JsonObject
        {
            ["DailyApiRequests"] = new JsonObject
            {
                ["Max"] = session.Org.Usage.Limit,
                ["Remaining"] = Math.Max(0, session.Org.Usage.Limit - session.Org.Usage.Used),
            },
        }.ToJsonString(SandboxJson.Options), "application/json"));
}
