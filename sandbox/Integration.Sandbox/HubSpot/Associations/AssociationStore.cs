namespace Integration.Sandbox.HubSpot.Associations;

/// <summary>
/// Associations in both directions: creating <c>contact→company 1</c> also stores <c>279</c>, and the inverse
/// types on the company side. Callers hold the portal store's lock.
/// </summary>
internal sealed class AssociationStore
{
    private readonly Dictionary<(string From, string To, long FromId), SortedDictionary<long, SortedSet<int>>> _edges = [];

    /// <summary>Adds a type (and what it implies) both ways; true when something was new.</summary>
    public bool Add(AssociationType type, long fromId, long toId)
    {
        var added = AddOne(type.From, type.To, fromId, toId, type.TypeId) | AddOne(type.To, type.From, toId, fromId, type.InverseTypeId);
        if (type.ImpliedTypeId is { } implied && AssociationTypes.Find(type.From, type.To, implied) is { } unlabeled)
        {
            added |= Add(unlabeled, fromId, toId);
        }

        return added;
    }

    /// <summary>Removes every type between the two records, both ways; true when there was something.</summary>
    public bool Remove(string from, string to, long fromId, long toId) =>
        RemoveOne(from, to, fromId, toId) | RemoveOne(to, from, toId, fromId);

    public IReadOnlyDictionary<long, SortedSet<int>> Read(string from, string to, long fromId) =>
        _edges.TryGetValue((from, to, fromId), out var targets) ? targets : new SortedDictionary<long, SortedSet<int>>();

    /// <summary>Drops every association of a record (when it is archived); returns the other sides.</summary>
    public List<(string To, long ToId)> RemoveAll(string type, long id)
    {
        var removed = new List<(string, long)>();
        foreach (var to in Objects.CrmObjectTypes.All.Select(t => t.Name))
        {
            if (_edges.TryGetValue((type, to, id), out var targets))
            {
                foreach (var toId in targets.Keys.ToList())
                {
                    Remove(type, to, id, toId);
                    removed.Add((to, toId));
                }
            }
        }

        return removed;
    }

    public int Count => _edges.Values.Sum(t => t.Count);

    public void Clear() => _edges.Clear();

    private bool AddOne(string from, string to, long fromId, long toId, int typeId)
    {
        if (!_edges.TryGetValue((from, to, fromId), out var targets))
        {
            _edges[(from, to, fromId)] = targets = [];
        }

        if (!targets.TryGetValue(toId, out var types))
        {
            targets[toId] = types = [];
        }

        return types.Add(typeId);
    }

    private bool RemoveOne(string from, string to, long fromId, long toId)
    {
        if (!_edges.TryGetValue((from, to, fromId), out var targets) || !targets.Remove(toId))
        {
            return false;
        }

        if (targets.Count == 0)
        {
            _edges.Remove((from, to, fromId));
        }

        return true;
    }
}
