namespace Integration.Sandbox.HubSpot.Objects;

/// <summary>One change of the store, turned into webhook events for the subscriptions that match it.</summary>
internal sealed record ChangeNotice(CrmObjectType Type, long ObjectId, ChangeKind Kind, ChangeOrigin Origin, DateTimeOffset OccurredAt)
{
    public string? PropertyName { get; init; }

    public string? PropertyValue { get; init; }

    /// <summary>Merge: the ids merged into <see cref="ObjectId"/> (the winner).</summary>
    public IReadOnlyList<long> MergedObjectIds { get; init; } = [];

    public int NumberOfPropertiesMoved { get; init; }

    /// <summary>Association change: e.g. <c>CONTACT_TO_COMPANY</c>.</summary>
    public string? AssociationType { get; init; }

    public long ToObjectId { get; init; }

    public bool AssociationRemoved { get; init; }

    public bool IsPrimaryAssociation { get; init; }

    public string SubscriptionType => $"{Type.EventPrefix}.{Kind switch
    {
        ChangeKind.Creation => "creation",
        ChangeKind.Deletion => "deletion",
        ChangeKind.PropertyChange => "propertyChange",
        ChangeKind.Merge => "merge",
        _ => "associationChange",
    }}";
}
