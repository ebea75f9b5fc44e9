namespace Integration.Core.Transforms;

/// <summary>A reference a <c>lookup</c> could not resolve: the target record has no destination id yet.</summary>
/// <param name="SourceObject">The source-side object the reference points to, e.g. <c>Account</c>.</param>
/// <param name="SourceId">The referenced record's id in the source system.</param>
public sealed record UnresolvedReference(string SourceObject, string SourceId);
