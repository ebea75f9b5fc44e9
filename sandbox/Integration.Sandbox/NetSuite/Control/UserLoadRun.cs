using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace Integration.Sandbox.NetSuite.Control;

/// <summary>One load-generator run: how many edits it made, which records, and whether it finished.</summary>
internal sealed class UserLoadRun(string id)
{
    private long _edits;

    public string Id { get; } = id;

    public long Edits => Interlocked.Read(ref _edits);

    public ConcurrentDictionary<(string Type, long Id), byte> Edited { get; } = new();

    public Task Completion { get; set; } = Task.CompletedTask;

    public void Count(string type, long id)
    {
        Interlocked.Increment(ref _edits);
        Edited.TryAdd((type, id), 0);
    }

    public JsonObject Describe() => new()
    {
        ["runId"] = Id,
        ["edits"] = Edits,
        ["done"] = Completion.IsCompleted,
        ["edited"] = new JsonArray([.. Edited.Keys.OrderBy(k => k.Id).Select(k => (JsonNode)new JsonObject { ["recordType"] = k.Type, ["id"] = k.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) })]),
    };
}
