using Cronos;
using Integration.Plans.Diagnostics;

namespace Integration.Plans.Validation;

internal sealed partial class PlanSemanticValidator
{
    private const string SchedulePath = "$.reconciliation.schedule";

    private void ValidateReconciliation()
    {
        var schedule = plan.Reconciliation.Schedule;
        try
        {
            _ = CronExpression.Parse(schedule, CronFormat.IncludeSeconds);
        }
        catch (CronFormatException ex)
        {
            diagnostics.Add(SchedulePath, PlanDiagnosticCodes.InvalidCron, $"'{schedule}' is not a valid schedule: {ex.Message}", ScheduleHint(schedule));
        }
    }

    private static string ScheduleHint(string schedule)
    {
        if (schedule.Contains('%', StringComparison.Ordinal))
        {
            return "a plan holds a literal schedule, not a %setting% placeholder; e.g. '0 0 */6 * * *'";
        }

        var fields = schedule.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return fields == 5
            ? $"six fields are needed (second minute hour day month day-of-week); with seconds: '0 {schedule.Trim()}'"
            : "six fields: second minute hour day month day-of-week, e.g. '0 0 */6 * * *'";
    }
}
