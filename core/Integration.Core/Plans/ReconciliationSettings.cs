namespace Integration.Core.Plans;

/// <summary>When reconciliation runs and what it accepts (<c>reconciliation</c> in plan JSON).</summary>
/// <param name="Schedule">Six-field NCRONTAB expression with seconds, as Azure Functions timers use (e.g. <c>0 0 */6 * * *</c>).</param>
/// <param name="Thresholds">The acceptance thresholds.</param>
/// <param name="RowHashSampleRate">Share of records row-hashed, greater than 0 and at most 1. Default 1.0 (every record).</param>
public sealed record ReconciliationSettings(
    string Schedule,
    ReconciliationThresholds Thresholds,
    double RowHashSampleRate = 1.0);
