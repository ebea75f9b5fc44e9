using Integration.Core.Plans;
using Integration.Core.Processing;
using Integration.Plans.Loading;
using Microsoft.Extensions.Options;

namespace Integration.Functions.Plans;

/// <summary><see cref="IPlanProvider"/> for the plan file of <see cref="PlanOptions.PlanPath"/>, loaded once (at start by <see cref="PlanStartup"/>).</summary>
public sealed class FilePlanProvider : IPlanProvider, IDisposable
{
    private readonly IOptions<PlanOptions> _options;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private MigrationPlan? _plan;

    /// <summary>Creates the provider.</summary>
    public FilePlanProvider(IOptions<PlanOptions> options) => _options = options;

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">No plan path is configured, or the plan is invalid (the message lists the diagnostics).</exception>
    public async ValueTask<MigrationPlan> GetActivePlanAsync(CancellationToken cancellationToken)
    {
        if (_plan is { } plan)
        {
            return plan;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            return _plan ??= await LoadAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose() => _gate.Dispose();

    private async Task<MigrationPlan> LoadAsync(CancellationToken cancellationToken)
    {
        var path = _options.Value.PlanPath;
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new InvalidOperationException($"{PlanOptions.SectionName}:PlanPath is not set: sync is disabled, there is no active plan.");
        }

        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"{PlanOptions.SectionName}:PlanPath '{path}' does not exist (full path '{Path.GetFullPath(path)}').");
        }

        var result = await PlanLoader.LoadFileAsync(path, cancellationToken);
        if (!result.IsValid || result.Plan is null)
        {
            throw new InvalidOperationException(
                $"{PlanOptions.SectionName}:PlanPath '{path}' is not a valid plan ({result.Diagnostics.Count} problem(s)):" +
                Environment.NewLine + string.Join(Environment.NewLine, result.Diagnostics.Select(d => "  " + d)));
        }

        return result.Plan;
    }
}
