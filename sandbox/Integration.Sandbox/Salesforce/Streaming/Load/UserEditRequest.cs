using System.ComponentModel.DataAnnotations;

namespace Integration.Sandbox.Salesforce.Streaming.Load;

/// <summary>Simulated users editing existing records: how fast, how long, which objects, and the seed that picks records and values.</summary>
internal sealed record UserEditRequest
{
    [Range(0.1, 20_000)]
    public double RatePerSecond { get; init; } = 10;

    [Range(0.001, 86_400)]
    public double DurationSeconds { get; init; } = 10;

    public int Seed { get; init; } = 1;

    /// <summary>Account, Contact and/or Opportunity; all three when null.</summary>
    public IReadOnlyList<string>? Objects { get; init; }

    public string? Validate() =>
        RatePerSecond is < 0.1 or > 20_000 || double.IsNaN(RatePerSecond) ? $"ratePerSecond is {RatePerSecond}; it must be between 0.1 and 20000"
        : DurationSeconds is < 0.001 or > 86_400 || double.IsNaN(DurationSeconds) ? $"durationSeconds is {DurationSeconds}; it must be between 0.001 and 86400"
        : Objects?.FirstOrDefault(o => Data.StandardSchema.Find(o) is null) is { } unknown ? $"object '{unknown}' is not one of Account, Contact, Opportunity"
        : null;
}
