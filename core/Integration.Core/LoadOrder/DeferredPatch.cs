namespace Integration.Core.LoadOrder;

/// <summary>
/// A deferrable reference left out of the load order: the mapping's records are loaded with the
/// field empty, and the field is patched once the referenced mapping is loaded.
/// </summary>
/// <param name="Mapping">The mapping whose field is patched.</param>
/// <param name="SourceField">The source field holding the reference (e.g. <c>ParentId</c>).</param>
/// <param name="DestinationField">The destination field written by the patch.</param>
/// <param name="ReferencedMapping">The mapping whose records the reference points to.</param>
public sealed record DeferredPatch(string Mapping, string? SourceField, string DestinationField, string ReferencedMapping);
