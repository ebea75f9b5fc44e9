namespace Integration.Connectors.Salesforce.Soql;

/// <summary>The SELECT list of a record read: the asked fields plus what every record needs (Id, SystemModstamp, and IsDeleted when deleted rows are read).</summary>
internal static class SoqlFieldList
{
    public static string For(IEnumerable<string> fields, bool includeDeleted)
    {
        var names = new List<string> { "Id", "SystemModstamp" };
        if (includeDeleted)
        {
            names.Add("IsDeleted");
        }

        foreach (var field in fields)
        {
            SoqlName.Require(field, "field");
            if (!names.Contains(field, StringComparer.OrdinalIgnoreCase))
            {
                names.Add(field);
            }
        }

        return string.Join(", ", names);
    }
}
