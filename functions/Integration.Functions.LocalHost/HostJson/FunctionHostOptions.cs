namespace Integration.Functions.LocalHost.HostJson;

/// <summary>Host-wide settings read from host.json (the keys at its root).</summary>
public sealed class FunctionHostOptions
{
    /// <summary>
    /// The default <c>functionTimeout</c> of the Flex Consumption plan (the plan design.md deploys to):
    /// 30 minutes, no maximum (learn.microsoft.com, "Function app timeout duration").
    /// </summary>
    public static readonly TimeSpan DefaultFunctionTimeout = TimeSpan.FromMinutes(30);

    /// <summary>
    /// host.json <c>functionTimeout</c>: after it the invocation's cancellation token is cancelled and the
    /// invocation fails. Null means unbounded (<c>-1</c> in host.json). Default <see cref="DefaultFunctionTimeout"/>.
    /// </summary>
    public TimeSpan? FunctionTimeout { get; set; } = DefaultFunctionTimeout;

    /// <summary>host.json <c>extensions.http.routePrefix</c>; default <c>api</c>.</summary>
    public string RoutePrefix { get; set; } = "api";
}
