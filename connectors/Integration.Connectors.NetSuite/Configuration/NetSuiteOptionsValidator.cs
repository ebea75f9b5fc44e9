using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.Extensions.Options;

namespace Integration.Connectors.NetSuite.Configuration;

/// <summary>
/// Validates every connection on start: the attribute rules plus the cross-field ones. Each failure names
/// the key, its value (never a secret's) and the rule.
/// </summary>
internal sealed class NetSuiteOptionsValidator : IValidateOptions<NetSuiteOptions>
{
    private static readonly HashSet<string> Secrets = [nameof(NetSuiteConnectionOptions.ConsumerSecret), nameof(NetSuiteConnectionOptions.TokenSecret), nameof(NetSuiteConnectionOptions.WebhookSecret)];

    public ValidateOptionsResult Validate(string? name, NetSuiteOptions options)
    {
        var failures = new List<string>();
        foreach (var (connection, settings) in options.Connections)
        {
            var prefix = $"{NetSuiteOptions.SectionName}:Connections:{connection}:";
            var results = new List<ValidationResult>();
            Validator.TryValidateObject(settings, new ValidationContext(settings), results, validateAllProperties: true);
            foreach (var result in results)
            {
                foreach (var member in result.MemberNames)
                {
                    failures.Add($"{prefix}{member} is {Show(settings, member)}; {result.ErrorMessage}");
                }
            }

            failures.AddRange(CrossFieldFailures(settings).Select(failure => prefix + failure));
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static IEnumerable<string> CrossFieldFailures(NetSuiteConnectionOptions settings)
    {
        if (settings.BaseUrl is { } url && (!url.IsAbsoluteUri || url.Scheme is not ("https" or "http")))
        {
            yield return $"BaseUrl is '{url}'; it must be an absolute http(s) URL.";
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(settings.TimeZone, out _))
        {
            yield return $"TimeZone is '{settings.TimeZone}'; it must be an IANA or Windows time zone id (e.g. UTC, America/Los_Angeles).";
        }

        foreach (var (key, value, minimum) in new[]
        {
            (nameof(settings.RetryBaseDelay), settings.RetryBaseDelay, TimeSpan.Zero),
            (nameof(settings.AttemptTimeout), settings.AttemptTimeout, TimeSpan.FromSeconds(1)),
            (nameof(settings.PollOverlap), settings.PollOverlap, TimeSpan.FromSeconds(1)),
            (nameof(settings.PollSettleDelay), settings.PollSettleDelay, TimeSpan.FromSeconds(1)),
            (nameof(settings.WebhookMaxAge), settings.WebhookMaxAge, TimeSpan.FromSeconds(1)),
        })
        {
            if (value < minimum)
            {
                yield return $"{key} is {value.ToString("c", CultureInfo.InvariantCulture)}; it must be at least {minimum.ToString("c", CultureInfo.InvariantCulture)}.";
            }
        }
    }

    private static string Show(NetSuiteConnectionOptions settings, string member)
    {
        var value = typeof(NetSuiteConnectionOptions).GetProperty(member)?.GetValue(settings);
        if (value is null || value is string { Length: 0 })
        {
            return "missing";
        }

        return Secrets.Contains(member) ? "set (value hidden)" : $"'{Convert.ToString(value, CultureInfo.InvariantCulture)}'";
    }
}
