using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Integration.Core;

/// <summary>Validates <see cref="SyncEngineOptions"/> on start: the range attributes, and cross-field rules whose messages quote the values.</summary>
public sealed class SyncEngineOptionsValidator : IValidateOptions<SyncEngineOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, SyncEngineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        var results = new List<ValidationResult>();
        if (!Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true))
        {
            failures.AddRange(results.Select(r =>
                $"{SyncEngineOptions.SectionName}:{string.Join(",", r.MemberNames)}: {r.ErrorMessage}"));
        }

        if (options.ParkRetryDelay > options.ParkMaxWait)
        {
            failures.Add(
                $"{SyncEngineOptions.SectionName}:ParkRetryDelay is {options.ParkRetryDelay}, longer than ParkMaxWait {options.ParkMaxWait}; a parked record would time out before its first retry.");
        }

        failures.AddRange(options.OwnClientIds
            .Where(pair => string.IsNullOrWhiteSpace(pair.Value))
            .Select(pair => $"{SyncEngineOptions.SectionName}:OwnClientIds:{pair.Key} is empty; remove it or give the API client id."));
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
