using System.Text.Encodings.Web;
using System.Text.Json;

namespace Integration.Sandbox.Hosting;

/// <summary>JSON as vendors write it: no HTML-safe escaping (so <c>+0000</c> stays <c>+0000</c>, not <c>\u002B0000</c>).</summary>
internal static class SandboxJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
