using Integration.Core.Plans;

namespace Integration.Core.Processing;

/// <summary>The default source of truth: the plan's <see cref="ObjectMapping.SourceOfTruth"/>, epoch 0 (no cutover yet).</summary>
public sealed class PlanSourceOfTruthProvider : ISourceOfTruthProvider
{
    /// <inheritdoc />
    public ValueTask<SourceOfTruthState> GetAsync(ObjectMapping mapping, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        return ValueTask.FromResult(new SourceOfTruthState(mapping.SourceOfTruth, 0));
    }
}
