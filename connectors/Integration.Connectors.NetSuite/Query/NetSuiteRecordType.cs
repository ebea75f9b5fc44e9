namespace Integration.Connectors.NetSuite.Query;

/// <summary>
/// How one record type is reached: its REST record type, its SuiteQL table (sales orders live in
/// <c>transaction</c> with <c>type = 'SalesOrd'</c>) and its <c>DeletedRecord.type</c> value.
/// </summary>
internal sealed record NetSuiteRecordType(string RestType, string Table, string? TypeFilter, string DeletedType)
{
    private static readonly Dictionary<string, NetSuiteRecordType> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        ["customer"] = new("customer", "customer", null, "customer"),
        ["contact"] = new("contact", "contact", null, "contact"),
        ["salesOrder"] = new("salesOrder", "transaction", "type = 'SalesOrd'", "salesorder"),
    };

    /// <summary>The known mapping, or (for other record types) the same name as REST type, table and deleted type.</summary>
    public static NetSuiteRecordType For(string objectName)
    {
        if (Known.TryGetValue(objectName, out var known))
        {
            return known;
        }

        var table = SuiteQlText.Identifier(objectName);
        return new NetSuiteRecordType(objectName, table, null, table);
    }
}
