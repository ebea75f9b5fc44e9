namespace Integration.Functions.Tests.EndToEnd;

/// <summary>
/// A one-mapping plan (Salesforce Account to HubSpot companies, Name and Phone) with a chosen delete policy and, when
/// given, an external-id field on the Account side (so that a HubSpot company can create an Account), written to a temp file.
/// </summary>
internal static class E2EPlan
{
    public static string WriteToTempFile(string deletePolicy, string? accountExternalIdField = null)
    {
        var json = SmokePlan.Json.Replace("\"deletePolicy\": \"ignore\"", $"\"deletePolicy\": \"{deletePolicy}\"", StringComparison.Ordinal);
        Assert.Contains($"\"deletePolicy\": \"{deletePolicy}\"", json, StringComparison.Ordinal);
        if (accountExternalIdField is not null)
        {
            const string account = "\"object\": \"Account\" }";
            Assert.Contains(account, json, StringComparison.Ordinal);
            json = json.Replace(account, $"\"object\": \"Account\", \"externalIdField\": \"{accountExternalIdField}\" }}", StringComparison.Ordinal);
        }

        var path = Path.Combine(Path.GetTempPath(), $"functions-e2e-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json);
        return path;
    }
}
