namespace Integration.Connectors.NetSuite;

/// <summary>The NetSuite connector's settings: named connections under <c>NetSuite:Connections:&lt;name&gt;</c>.</summary>
public sealed class NetSuiteOptions
{
    /// <summary>The configuration section these options bind from: <c>NetSuite</c>.</summary>
    public const string SectionName = "NetSuite";

    /// <summary>The connections by name (the name a plan system's <c>connection</c> uses). Default: none.</summary>
    public Dictionary<string, NetSuiteConnectionOptions> Connections { get; init; } = new(StringComparer.OrdinalIgnoreCase);
}
