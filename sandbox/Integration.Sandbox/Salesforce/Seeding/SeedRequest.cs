using System.ComponentModel.DataAnnotations;

namespace Integration.Sandbox.Salesforce.Seeding;

/// <summary>Sizes of a deterministic seed: the same seed and sizes on the same org state give the same records.</summary>
internal sealed record SeedRequest
{
    public int Seed { get; init; } = 1;

    [Range(0, 1_000_000)]
    public int Accounts { get; init; }

    [Range(0, 100)]
    public int ContactsPerAccount { get; init; }

    [Range(0, 100)]
    public int OpportunitiesPerAccount { get; init; }
}
