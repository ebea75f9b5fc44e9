namespace Integration.Sandbox.HubSpot.Objects;

/// <summary>The kinds of change that webhook subscriptions name (<c>contact.creation</c>, …).</summary>
internal enum ChangeKind
{
    Creation,
    Deletion,
    PropertyChange,
    Merge,
    AssociationChange,
}
