using System.Text.Json.Nodes;
using Integration.Sandbox.HubSpot.Errors;

namespace Integration.Sandbox.HubSpot.Objects;

/// <summary>Why a write was refused: HTTP status, HubSpot category and message (and context for batch errors).</summary>
internal sealed record WriteProblem(int Status, string Category, string Message, JsonObject? Context = null)
{
    public IResult ToResult() => HubSpotError.Result(Status, Category, Message, Context?.DeepClone().AsObject());

    /// <summary>The item of a 207's <c>errors</c> array.</summary>
    public JsonObject ToBatchError(JsonObject? context = null) => new()
    {
        ["status"] = "error",
        ["category"] = Category,
        ["message"] = Message,
        ["context"] = context ?? Context?.DeepClone() ?? new JsonObject(),
    };
}
