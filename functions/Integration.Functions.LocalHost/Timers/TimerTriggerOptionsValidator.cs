using System.Globalization;
using Microsoft.Extensions.Options;

namespace Integration.Functions.LocalHost.Timers;

/// <summary>Validates <see cref="TimerTriggerOptions"/>; each failure names the key, the value and the rule.</summary>
internal sealed class TimerTriggerOptionsValidator : IValidateOptions<TimerTriggerOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, TimerTriggerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        const string Section = TimerTriggerOptions.SectionName;
        if (!IsHostId(options.HostId))
        {
            failures.Add($"{Section}:HostId is '{options.HostId}'; it must be 1 to 32 lower-case letters, digits or dashes, not starting or ending with a dash.");
        }

        Range(failures, "LeasePeriod", options.LeasePeriod, TimeSpan.FromSeconds(15), TimeSpan.FromSeconds(60), "the blob service leases for 15 to 60 seconds");
        Range(failures, "LeaseAcquireInterval", options.LeaseAcquireInterval, TimeSpan.FromSeconds(1), TimeSpan.FromHours(1), "it must be 1 second to 1 hour");
        Range(failures, "StopGracePeriod", options.StopGracePeriod, TimeSpan.Zero, TimeSpan.FromMinutes(10), "it must be 0 to 10 minutes");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsHostId(string? value) =>
        value is { Length: > 0 and <= 32 }
        && value.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')
        && value[0] != '-'
        && value[^1] != '-';

    private static void Range(List<string> failures, string key, TimeSpan value, TimeSpan min, TimeSpan max, string rule)
    {
        if (value < min || value > max)
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"{TimerTriggerOptions.SectionName}:{key} is {value:c}; {rule}."));
        }
    }
}
