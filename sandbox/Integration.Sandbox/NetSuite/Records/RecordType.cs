namespace Integration.Sandbox.NetSuite.Records;

/// <summary>
/// One emulated record type: its REST path segment, its SuiteQL table (sales orders live in <c>transaction</c>
/// with <c>type = 'SalesOrd'</c>), its <c>deletedrecord.type</c> value and its body fields.
/// </summary>
internal sealed record RecordType(string RestName, string Table, string DeletedType, string CreatedColumn, IReadOnlyList<FieldDefinition> Fields)
{
    public static RecordType Customer { get; } = new("customer", "customer", "customer", "datecreated",
    [
        new("entityId", FieldKind.Text),
        new("companyName", FieldKind.Text, Required: true),
        new("email", FieldKind.Text),
        new("phone", FieldKind.Text),
        new("comments", FieldKind.Text),
        new("isInactive", FieldKind.Boolean),
    ]);

    public static RecordType Contact { get; } = new("contact", "contact", "contact", "datecreated",
    [
        new("entityId", FieldKind.Text),
        new("firstName", FieldKind.Text),
        new("lastName", FieldKind.Text, Required: true),
        new("email", FieldKind.Text),
        new("phone", FieldKind.Text),
        new("title", FieldKind.Text),
        new("company", FieldKind.Reference, "customer"),
    ]);

    public static RecordType SalesOrder { get; } = new("salesOrder", "transaction", "salesorder", "createddate",
    [
        new("tranId", FieldKind.Text),
        new("tranDate", FieldKind.Date),
        new("entity", FieldKind.Reference, "customer", Required: true),
        new("memo", FieldKind.Text),
        new("total", FieldKind.Number),
    ]);

    public static IReadOnlyList<RecordType> All { get; } = [Customer, Contact, SalesOrder];

    public static RecordType? ByRestName(string name) => All.FirstOrDefault(t => string.Equals(t.RestName, name, StringComparison.Ordinal));

    public FieldDefinition? Field(string name) => Fields.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.Ordinal));

    /// <summary>The <c>refName</c> other records show for a reference to this record.</summary>
    public string RefName(StoredRecord record)
    {
        if (ReferenceEquals(this, Customer))
        {
            return record.Text("companyName") ?? record.Text("entityId") ?? record.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return ReferenceEquals(this, Contact)
            ? string.Join(' ', new[] { record.Text("firstName"), record.Text("lastName") }.Where(s => !string.IsNullOrEmpty(s)))
            : $"Sales Order #{record.Text("tranId")}";
    }
}
