using System.Globalization;
using Integration.Sandbox.NetSuite.Records;

namespace Integration.Sandbox.NetSuite.SuiteQl.Evaluation;

/// <summary>
/// The tables: <c>customer</c>, <c>contact</c>, <c>transaction</c> (sales orders only, <c>type = 'SalesOrd'</c>;
/// the REST <c>total</c> is the <c>foreigntotal</c> column) and <c>deletedrecord</c> (<c>recordid</c>, <c>type</c>,
/// <c>deleteddate</c>, <c>context</c>). Column names are the REST names in lower case.
/// </summary>
internal static class SuiteQlCatalog
{
    public static IReadOnlyList<SuiteQlTable> Tables { get; } =
    [
        ForRecords(RecordType.Customer, []),
        ForRecords(RecordType.Contact, []),
        ForRecords(RecordType.SalesOrder, [("type", "SalesOrd"), ("recordtype", "salesorder")]),
        new("deletedrecord", [("recordid", ColumnKind.Number), ("type", ColumnKind.Text), ("deleteddate", ColumnKind.DateTime), ("context", ColumnKind.Text)],
            store => store.Deleted.Select(d => new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["recordid"] = (decimal)d.RecordId,
                ["type"] = d.Type.DeletedType,
                ["deleteddate"] = d.Deleted,
                ["context"] = d.Context,
            })),
    ];

    public static SuiteQlTable? Find(string name) => Tables.FirstOrDefault(t => t.Name == name);

    private static string ColumnOf(FieldDefinition field) => field.Name == "total" ? "foreigntotal" : field.Column;

    private static SuiteQlTable ForRecords(RecordType type, (string Column, string Value)[] constants)
    {
        var columns = new List<(string, ColumnKind)> { ("id", ColumnKind.Number), ("externalid", ColumnKind.Text) };
        columns.AddRange(constants.Select(c => (c.Column, ColumnKind.Text)));
        columns.AddRange(type.Fields.Select(f => (ColumnOf(f), f.Kind switch
        {
            FieldKind.Number or FieldKind.Reference => ColumnKind.Number,
            FieldKind.Date => ColumnKind.Date,
            _ => ColumnKind.Text,
        })));
        columns.Add((type.CreatedColumn, ColumnKind.DateTime));
        columns.Add(("lastmodifieddate", ColumnKind.DateTime));
        return new SuiteQlTable(type.Table, columns, store => store.Table(type).Rows.Select(record => Row(record, constants)));
    }

    private static Dictionary<string, object?> Row(StoredRecord record, (string Column, string Value)[] constants)
    {
        var row = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["id"] = (decimal)record.Id,
            ["externalid"] = record.ExternalId,
            [record.Type.CreatedColumn] = record.Created,
            ["lastmodifieddate"] = record.LastModified,
        };
        foreach (var (column, value) in constants)
        {
            row[column] = value;
        }

        foreach (var field in record.Type.Fields)
        {
            if (record.Values.TryGetValue(field.Name, out var value))
            {
                row[ColumnOf(field)] = field.Kind switch
                {
                    FieldKind.Number => value.GetValue<decimal>(),
                    FieldKind.Reference => decimal.Parse(value.ToString(), CultureInfo.InvariantCulture),
                    FieldKind.Boolean => value.GetValue<bool>() ? "T" : "F",
                    FieldKind.Date => DateOnly.ParseExact(value.ToString(), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                    _ => value.ToString(),
                };
            }
        }

        return row;
    }
}
