namespace Integration.Functions.Admin;

/// <summary>
/// Routes of the management API, under the host's <c>api/</c> prefix. Not <c>admin/</c>: the Functions host reserves
/// routes starting with "admin" for its own admin API and refuses to index such functions.
/// </summary>
public static class AdminRoutes
{
    /// <summary>The prefix of every management route.</summary>
    public const string Prefix = "manage";

    /// <summary>GET: streams, queue depths, error counts, paused mappings.</summary>
    public const string Status = Prefix + "/status";

    /// <summary>GET: recent conflicts (<c>mapping</c>, <c>top</c>, <c>continuation</c>).</summary>
    public const string Conflicts = Prefix + "/conflicts";

    /// <summary>GET: dead letters (<c>top</c>, <c>continuation</c>).</summary>
    public const string DeadLetters = Prefix + "/dead-letters";

    /// <summary>GET, DELETE: one dead letter.</summary>
    public const string DeadLetter = Prefix + "/dead-letters/{id}";

    /// <summary>POST: put a dead letter's command back on its writes queue.</summary>
    public const string DeadLetterReplay = Prefix + "/dead-letters/{id}/replay";

    /// <summary>GET: recent sync errors (<c>mapping</c>, <c>top</c>, <c>continuation</c>).</summary>
    public const string Errors = Prefix + "/errors";

    /// <summary>POST: pause a mapping.</summary>
    public const string MappingPause = Prefix + "/mappings/{name}/pause";

    /// <summary>POST: resume a mapping.</summary>
    public const string MappingResume = Prefix + "/mappings/{name}/resume";

    /// <summary>GET: the OpenAPI 3 document of these routes.</summary>
    public const string OpenApi = Prefix + "/openapi.json";
}
