using Integration.Core.Plans;
using Integration.Core.Processing;

namespace Integration.Core.Tests.Fakes;

/// <summary>A plan provider with one plan.</summary>
internal sealed class FixedPlan(MigrationPlan plan) : IPlanProvider
{
    public ValueTask<MigrationPlan> GetActivePlanAsync(CancellationToken cancellationToken) => ValueTask.FromResult(plan);
}
