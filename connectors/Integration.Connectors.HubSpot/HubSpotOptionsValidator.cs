using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Integration.Connectors.HubSpot;

/// <summary>
/// Validates every connection (attributes and cross-field rules) with messages naming the key,
/// the value and the rule, e.g. "HubSpot:Connections:main:BatchSize is 150; batch endpoints take at most 100."
/// </summary>
internal sealed class HubSpotOptionsValidator : IValidateOptions<HubSpotOptions>
{
    public ValidateOptionsResult Validate(string? name, HubSpotOptions options)
    {
        var failures = new List<string>();
        if (options.Connections.Count == 0)
        {
            failures.Add($"{HubSpotOptions.SectionName}:Connections is empty; configure at least one connection.");
        }

        foreach (var (connection, settings) in options.Connections)
        {
            ValidateConnection($"{HubSpotOptions.SectionName}:Connections:{connection}", settings, failures);
        }

        ValidateAttributes($"{HubSpotOptions.SectionName}:Webhooks", options.Webhooks, failures);
        ValidateAttributes($"{HubSpotOptions.SectionName}:Resilience", options.Resilience, failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateConnection(string key, HubSpotConnectionOptions settings, List<string> failures)
    {
        if (string.IsNullOrWhiteSpace(settings.AccessToken))
        {
            failures.Add($"{key}:AccessToken is missing; a private-app access token is required.");
        }

        if (!settings.BaseUrl.IsAbsoluteUri || settings.BaseUrl.Scheme is not ("https" or "http"))
        {
            failures.Add($"{key}:BaseUrl is {settings.BaseUrl}; it must be an absolute http(s) URL.");
        }

        if (settings.BatchSize is < 1 or > 100)
        {
            failures.Add($"{key}:BatchSize is {settings.BatchSize}; batch endpoints take at most 100.");
        }

        if (settings.SearchPageSize is < 1 or > 200)
        {
            failures.Add($"{key}:SearchPageSize is {settings.SearchPageSize}; search pages hold at most 200.");
        }

        if (settings.SearchWindowSize < settings.SearchPageSize || settings.SearchWindowSize > 10_000)
        {
            failures.Add($"{key}:SearchWindowSize is {settings.SearchWindowSize}; it must be between SearchPageSize ({settings.SearchPageSize}) and 10000, the search paging cap.");
        }

        ValidateAttributes($"{key}:RequestBudget", settings.RequestBudget, failures);
    }

    private static void ValidateAttributes(string key, object value, List<string> failures)
    {
        var results = new List<ValidationResult>();
        if (!Validator.TryValidateObject(value, new ValidationContext(value), results, validateAllProperties: true))
        {
            failures.AddRange(results.Select(result =>
                $"{key}:{string.Join(",", result.MemberNames)} is {Describe(value, result.MemberNames)}; {result.ErrorMessage}"));
        }
    }

    private static string Describe(object value, IEnumerable<string> members)
    {
        var member = members.FirstOrDefault();
        var property = member is null ? null : value.GetType().GetProperty(member);
        return property?.GetValue(value)?.ToString() ?? "(empty)";
    }
}
