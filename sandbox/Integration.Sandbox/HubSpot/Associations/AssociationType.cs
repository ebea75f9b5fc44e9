namespace Integration.Sandbox.HubSpot.Associations;

/// <summary>
/// A HUBSPOT_DEFINED association type between two object types, its inverse, and its label (null for the
/// unlabeled default, <c>Primary</c> for the primary ones). A primary type implies the unlabeled one.
/// </summary>
internal sealed record AssociationType(string From, string To, int TypeId, int InverseTypeId, string? Label, int? ImpliedTypeId = null)
{
    public const string Category = "HUBSPOT_DEFINED";
}
