using Integration.Core.Plans;

namespace Integration.Core.Processing;

/// <summary>The plan the engine runs (loaded and validated by the host).</summary>
public interface IPlanProvider
{
    /// <summary>The active plan.</summary>
    /// <param name="cancellationToken">Cancels the load.</param>
    /// <returns>The plan.</returns>
    ValueTask<MigrationPlan> GetActivePlanAsync(CancellationToken cancellationToken);
}
