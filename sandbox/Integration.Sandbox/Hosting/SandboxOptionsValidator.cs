using System.Net;

namespace Integration.Sandbox.Hosting;

/// <summary>Stops a start with a message naming the setting, its value and the rule.</summary>
internal static class SandboxOptionsValidator
{
    public static void Validate(SandboxOptions options)
    {
        var problems = new List<string>();
        if (!IPAddress.TryParse(options.Host, out _))
        {
            problems.Add($"Host is '{options.Host}'; it must be an IP address such as 127.0.0.1.");
        }

        if (options.SalesforcePort is < 0 or > 65535)
        {
            problems.Add($"SalesforcePort is {options.SalesforcePort}; ports are 0 (any free port) to 65535.");
        }

        if (options.NetSuitePort is < 0 or > 65535)
        {
            problems.Add($"NetSuitePort is {options.NetSuitePort}; ports are 0 (any free port) to 65535.");
        }

        if (options.HubSpotPort is < 0 or > 65535)
        {
            problems.Add($"HubSpotPort is {options.HubSpotPort}; ports are 0 (any free port) to 65535.");
        }

        var salesforce = options.Salesforce;
        if (salesforce.TokenLifetime <= TimeSpan.Zero)
        {
            problems.Add($"Salesforce:TokenLifetime is {salesforce.TokenLifetime}; it must be positive.");
        }

        if (!System.Text.RegularExpressions.Regex.IsMatch(salesforce.ApiVersion, @"^\d+\.\d$", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1)))
        {
            problems.Add($"Salesforce:ApiVersion is '{salesforce.ApiVersion}'; it must look like 68.0.");
        }

        problems.AddRange(salesforce.Streaming.Problems());
        foreach (var org in salesforce.Orgs.Where(o => o.DailyApiLimit < 0))
        {
            problems.Add($"Salesforce org '{org.Name}': DailyApiLimit is {org.DailyApiLimit}; it must be 0 or more.");
        }

        if (problems.Count > 0)
        {
            throw new InvalidOperationException("Invalid sandbox options: " + string.Join(" ", problems));
        }
    }
}
