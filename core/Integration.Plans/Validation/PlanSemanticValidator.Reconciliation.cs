using Cronos;
using Integration.Plans.Diagnostics;

namespace Integration.Plans.Validation;

internal sealed partial class PlanSemanticValidator
{
    private const string SchedulePath = "$.reconciliation.schedule";
    private const int ScheduleFields = 6;

    private void ValidateReconciliation()
    {
        var schedule = plan.Reconciliation.Schedule;
        if (schedule.Length == 0)
        {
            return;
        }

        if (schedule.Contains('%', StringComparison.Ordinal))
        {
            diagnostics.Add(SchedulePath, PlanDiagnosticCodes.InvalidCron, $"'{schedule}' is not a cron expression", "a plan holds a literal schedule, not a %setting% placeholder; e.g. '0 0 */6 * * *'");
            return;
        }

        var fields = schedule.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (fields != ScheduleFields)
        {
            diagnostics.Add(
                SchedulePath,
                PlanDiagnosticCodes.InvalidCron,
                $"'{schedule}' has {fields} fields; a schedule has six (second minute hour day month day-of-week)",
                fields == ScheduleFields - 1 ? $"add the seconds: '0 {schedule.Trim()}'" : "e.g. '0 0 */6 * * *' runs every six hours");
            return;
        }

        try
        {
            _ = CronExpression.Parse(schedule, CronFormat.IncludeSeconds);
        }
        catch (CronFormatException ex)
        {
            diagnostics.Add(SchedulePath, PlanDiagnosticCodes.InvalidCron, $"'{schedule}' is not a valid schedule: {ex.Message}", "six NCRONTAB fields: second minute hour day month day-of-week, e.g. '0 0 */6 * * *'");
        }
    }
}
