using Integration.Core.Plans;
using Integration.Core.Processing;

namespace Integration.Core.Tests.Fakes;

/// <summary>The plan's source of truth until a test flips it (a cutover), bumping the epoch.</summary>
internal sealed class SwitchableSourceOfTruth : ISourceOfTruthProvider
{
    private SourceOfTruthState? _override;

    public void Flip(string system) => _override = new SourceOfTruthState(system, (_override?.Epoch ?? 0) + 1);

    public ValueTask<SourceOfTruthState> GetAsync(ObjectMapping mapping, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_override ?? new SourceOfTruthState(mapping.SourceOfTruth, 0));
}
