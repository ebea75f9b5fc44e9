namespace Integration.Connectors.Salesforce.Soql;

/// <summary>
/// Splits an id list into <c>… WHERE Id IN ('a','b',…)</c> statements whose URL-encoded form stays within a
/// budget: Salesforce has no fixed IN-list size, but answers 414 to a URI over 16,384 bytes.
/// </summary>
internal static class SoqlIdBatches
{
    /// <summary>The statements <c>{prefix}'id1','id2'{suffix}</c>, each no longer than <paramref name="maxEncodedLength"/> once escaped for a query string.</summary>
    public static IEnumerable<string> Build(string prefix, IEnumerable<string> ids, string suffix, int maxEncodedLength)
    {
        var fixedLength = Encoded(prefix) + Encoded(suffix);
        var comma = Encoded(",");
        var batch = new List<string>();
        var length = fixedLength;
        foreach (var id in ids)
        {
            var literal = SoqlLiteral.Quote(id);
            var added = Encoded(literal) + (batch.Count > 0 ? comma : 0);
            if (fixedLength + Encoded(literal) > maxEncodedLength)
            {
                throw new ArgumentException($"Id '{id}' alone makes the query longer than {maxEncodedLength} characters.", nameof(ids));
            }

            if (batch.Count > 0 && length + added > maxEncodedLength)
            {
                yield return prefix + string.Join(",", batch) + suffix;
                batch.Clear();
                length = fixedLength;
                added = Encoded(literal);
            }

            batch.Add(literal);
            length += added;
        }

        if (batch.Count > 0)
        {
            yield return prefix + string.Join(",", batch) + suffix;
        }
    }

    private static int Encoded(string text) => Uri.EscapeDataString(text).Length;
}
