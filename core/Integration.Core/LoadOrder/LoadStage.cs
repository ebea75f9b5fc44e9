using Integration.Core.Plans;

namespace Integration.Core.LoadOrder;

/// <summary>One stage of a load order: mappings whose parents were all loaded in earlier stages.</summary>
/// <param name="Number">Stage number, from 1.</param>
/// <param name="Mappings">The mappings of the stage, ordered by name (ordinal); they may load in parallel.</param>
public sealed record LoadStage(int Number, IReadOnlyList<ObjectMapping> Mappings);
