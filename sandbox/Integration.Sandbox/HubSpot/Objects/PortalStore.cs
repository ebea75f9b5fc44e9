using Integration.Sandbox.HubSpot.Associations;

namespace Integration.Sandbox.HubSpot.Objects;

/// <summary>A portal's data: one table per object type and the associations, under one lock.</summary>
internal sealed class PortalStore
{
    public Lock Gate { get; } = new();

    public IReadOnlyDictionary<string, ObjectTable> Tables { get; } =
        CrmObjectTypes.All.ToDictionary(t => t.Name, t => new ObjectTable(t), StringComparer.Ordinal);

    public AssociationStore Associations { get; } = new();

    public ObjectTable Table(CrmObjectType type) => Tables[type.Name];

    public void Reset()
    {
        lock (Gate)
        {
            foreach (var table in Tables.Values)
            {
                table.Reset();
            }

            Associations.Clear();
        }
    }
}
