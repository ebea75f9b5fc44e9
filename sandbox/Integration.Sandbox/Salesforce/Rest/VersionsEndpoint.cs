using Integration.Sandbox.Hosting;
using System.Text.Json.Nodes;

namespace Integration.Sandbox.Salesforce.Rest;

/// <summary><c>GET /services/data/</c>: the API versions; needs no session and is not counted against limits.</summary>
internal static class VersionsEndpoint
{
    public static IResult Handle(string apiVersion)
    {
        var versions = new JsonArray();
        foreach (var (version, label) in new[] { ("66.0", "Spring '26"), ("67.0", "Summer '26"), ("68.0", "Winter '27") })
        {
            versions.Add(new JsonObject { ["label"] = label, ["url"] = $"/services/data/v{version}", ["version"] = version });
        }

        if (!versions.Any(v => (string?)v!["version"] == apiVersion))
        {
            versions.Add(new JsonObject { ["label"] = "Sandbox", ["url"] = $"/services/data/v{apiVersion}", ["version"] = apiVersion });
        }

        return Results.Content(versions.ToJsonString(SandboxJson.Options), "application/json");
    }
}
