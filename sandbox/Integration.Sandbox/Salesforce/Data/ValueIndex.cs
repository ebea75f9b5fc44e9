namespace Integration.Sandbox.Salesforce.Data;

/// <summary>
/// Value → ids of live records for one indexed field: an external id (matched case-insensitively, the
/// Salesforce default) or a lookup (18-character ids are unique case-insensitively thanks to their checksum).
/// Most values map to one id, so a list is only made on collision.
/// </summary>
internal sealed class ValueIndex
{
    private readonly Dictionary<string, object> _ids = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<string> Find(string value) => _ids.GetValueOrDefault(value) switch
    {
        string id => [id],
        List<string> ids => ids,
        _ => [],
    };

    public void Add(string value, string id)
    {
        if (!_ids.TryGetValue(value, out var existing))
        {
            _ids[value] = id;
        }
        else if (existing is List<string> ids)
        {
            ids.Add(id);
        }
        else
        {
            _ids[value] = new List<string> { (string)existing, id };
        }
    }

    public void Remove(string value, string id)
    {
        if (!_ids.TryGetValue(value, out var existing))
        {
            return;
        }

        if (existing is List<string> ids)
        {
            ids.Remove(id);
            if (ids.Count == 1)
            {
                _ids[value] = ids[0];
            }
        }
        else if (string.Equals((string)existing, id, StringComparison.Ordinal))
        {
            _ids.Remove(value);
        }
    }

    public void Clear() => _ids.Clear();
}
