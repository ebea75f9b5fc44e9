using Integration.Core.Plans;
using Microsoft.Extensions.Logging;

namespace Integration.Core.Processing;

public sealed partial class ChangeProcessor
{
    /// <summary>
    /// A paused mapping's notified records are neither read nor decided: each is handed back as a held
    /// <see cref="ParkedChange"/> (its change kind, lane and merged ids kept) that only this mapping handles on return.
    /// Holding never times out: the records wait for the resume however long the pause lasts.
    /// </summary>
    private void Hold(ObjectMapping mapping, List<RecordNotice> notices, ProcessingRun run)
    {
        var held = 0;
        foreach (var notice in notices)
        {
            var known = run.Parked.Any(p => p.Held && p.Mapping == mapping.Name
                && p.System == notice.System && p.ObjectName == notice.ObjectName && p.RecordId == notice.RecordId);
            if (known)
            {
                continue;
            }

            run.Parked.Add(new ParkedChange(
                notice.System,
                notice.ObjectName,
                notice.RecordId,
                mapping.Name,
                $"mapping {mapping.Name} is paused",
                (notice.Held?.Attempts ?? 0) + 1,
                notice.Held?.FirstParkedAt ?? run.StartedAt,
                notice.CommittedAt,
                Held: true,
                Kind: notice.Kind,
                Lane: notice.Lane,
                MergedIds: notice.MergedIds.Count == 0 ? null : notice.MergedIds));
            held++;
        }

        if (held > 0)
        {
            LogHeld(mapping.Name, held, notices[0].System, notices[0].ObjectName);
        }
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Held {Count} {System} {ObjectName} records of paused mapping {Mapping}; they come back after Sync:ParkRetryDelay and flow once it is resumed")]
    private partial void LogHeld(string mapping, int count, string system, string objectName);
}
