using Integration.Functions.Admin.Conflicts;
using Integration.Functions.Admin.DeadLetters;
using Integration.Functions.Admin.Errors;
using Integration.Functions.Admin.Mappings;
using Integration.Functions.Admin.Status;

namespace Integration.Functions.Admin.OpenApi;

/// <summary>The static description of every management operation; a test checks it against the generated function metadata.</summary>
public static class AdminOperations
{
    private static readonly string[] Paging = ["top", "continuation"];
    private static readonly string[] MappingPaging = ["mapping", "top", "continuation"];

    /// <summary>Every operation.</summary>
    public static IReadOnlyList<AdminOperation> All { get; } =
    [
        new("get", AdminRoutes.Status, nameof(SyncStatusFunction), "Per stream position, lag and last event time; queue depths including poison queues; error and dead-letter counts; paused mappings.", [], Ok("The status.")),
        new("get", AdminRoutes.Conflicts, nameof(ListConflictsFunction), "Recent conflicts settled by the source of truth, newest first.", MappingPaging, Ok("A page of conflicts.", bad: true)),
        new("get", AdminRoutes.DeadLetters, nameof(ListDeadLettersFunction), "Writes the vendors rejected for good, newest first.", Paging, Ok("A page of dead letters.", bad: true)),
        new("get", AdminRoutes.DeadLetter, nameof(GetDeadLetterFunction), "One dead letter with the write attempted and the vendor's message.", [], Ok("The dead letter.", notFound: true)),
        new("delete", AdminRoutes.DeadLetter, nameof(DeleteDeadLetterFunction), "Discards a dead letter without writing it.", [], new Dictionary<string, string> { ["204"] = "Discarded.", ["404"] = "No such dead letter." }),
        new("post", AdminRoutes.DeadLetterReplay, nameof(ReplayDeadLetterFunction), "Puts the dead letter's write command back on its target system's writes queue and removes the letter.", [], new Dictionary<string, string> { ["202"] = "Enqueued.", ["404"] = "No such dead letter." }),
        new("get", AdminRoutes.Errors, nameof(ListSyncErrorsFunction), "Records the engine could not sync, newest first.", MappingPaging, Ok("A page of errors.", bad: true)),
        new("post", AdminRoutes.MappingPause, nameof(PauseMappingFunction), "Pauses a mapping: the change processor skips its records until it is resumed.", [], Ok("The mapping is paused.", bad: true)),
        new("post", AdminRoutes.MappingResume, nameof(ResumeMappingFunction), "Resumes a paused mapping.", [], Ok("The mapping runs.", bad: true)),
        new("get", AdminRoutes.OpenApi, nameof(ManagementOpenApiFunction), "This document.", [], Ok("The OpenAPI 3 document.")),
    ];

    private static Dictionary<string, string> Ok(string meaning, bool bad = false, bool notFound = false)
    {
        var responses = new Dictionary<string, string> { ["200"] = meaning };
        if (bad)
        {
            responses["400"] = "A parameter is invalid; the detail names it.";
        }

        if (notFound)
        {
            responses["404"] = "Not found.";
        }

        return responses;
    }
}
