namespace Integration.Core.Plans;

/// <summary>A system a plan connects: one entry of <c>systems</c> in plan JSON.</summary>
/// <param name="Name">The key under <c>systems</c> by which mappings refer to the system (e.g. <c>sf</c>).</param>
/// <param name="Kind">Which vendor the system is.</param>
/// <param name="Connection">The name of the connection settings (configuration section) to use; never a secret itself.</param>
public sealed record SystemDefinition(string Name, SystemKind Kind, string Connection);
