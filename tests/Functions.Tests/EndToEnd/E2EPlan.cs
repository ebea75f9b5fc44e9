namespace Integration.Functions.Tests.EndToEnd;

/// <summary>A one-mapping plan (Salesforce Account to HubSpot companies, Name and Phone) with a chosen delete policy, written to a temp file.</summary>
internal static class E2EPlan
{
    public static string WriteToTempFile(string deletePolicy)
    {
        var json = SmokePlan.Json.Replace("\"deletePolicy\": \"ignore\"", $"\"deletePolicy\": \"{deletePolicy}\"", StringComparison.Ordinal);
        Assert.Contains($"\"deletePolicy\": \"{deletePolicy}\"", json, StringComparison.Ordinal);
        var path = Path.Combine(Path.GetTempPath(), $"functions-e2e-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json);
        return path;
    }
}
