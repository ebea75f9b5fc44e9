using Integration.Connectors.Salesforce.Api;

namespace Integration.Connectors.Salesforce.Schema;

/// <summary>
/// Checks the fields a plan names against describe: unknown objects and fields, and fields that must be
/// written but are read-only, create-only or update-only. Read paths may cross one parent relationship
/// (<c>Account.Name</c>).
/// </summary>
internal sealed class SalesforceFieldValidator(SalesforceObjectSchemaProvider schema)
{
    public async Task<IReadOnlyList<SalesforceFieldProblem>> ValidateAsync(
        string objectName,
        IReadOnlyCollection<string> fields,
        bool mustBeWritable,
        CancellationToken cancellationToken)
    {
        var describe = await schema.DescribeRawAsync(objectName, cancellationToken);
        if (describe is null)
        {
            return [new SalesforceFieldProblem(objectName, "", SalesforceFieldProblemKind.UnknownObject, $"Salesforce has no object '{objectName}'.")];
        }

        var problems = new List<SalesforceFieldProblem>();
        foreach (var name in fields)
        {
            var field = name.Contains('.', StringComparison.Ordinal) && !mustBeWritable
                ? await ResolvePathAsync(describe, name, cancellationToken)
                : Find(describe, name);
            if (field is null)
            {
                problems.Add(new(objectName, name, SalesforceFieldProblemKind.UnknownField, $"{objectName} has no field '{name}'."));
            }
            else if (mustBeWritable && Writability(field) is { } kind)
            {
                problems.Add(new(objectName, name, kind, $"{objectName}.{field.Name} is {Describe(kind)}; the plan writes it."));
            }
        }

        return problems;
    }

    private async Task<SalesforceDescribeField?> ResolvePathAsync(SalesforceDescribeResult describe, string path, CancellationToken cancellationToken)
    {
        var parts = path.Split('.');
        var relationship = describe.Fields.FirstOrDefault(f => string.Equals(f.RelationshipName, parts[0], StringComparison.OrdinalIgnoreCase));
        if (parts.Length != 2 || relationship?.ReferenceTo is not { Count: > 0 } targets)
        {
            return null;
        }

        foreach (var target in targets)
        {
            if (await schema.DescribeRawAsync(target, cancellationToken) is { } parent && Find(parent, parts[1]) is { } field)
            {
                return field;
            }
        }

        return null;
    }

    private static SalesforceDescribeField? Find(SalesforceDescribeResult describe, string name) =>
        describe.Fields.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));

    private static SalesforceFieldProblemKind? Writability(SalesforceDescribeField field) => (field.Createable, field.Updateable) switch
    {
        (false, false) => SalesforceFieldProblemKind.ReadOnly,
        (true, false) => SalesforceFieldProblemKind.NotUpdateable,
        (false, true) => SalesforceFieldProblemKind.NotCreateable,
        _ => null,
    };

    private static string Describe(SalesforceFieldProblemKind kind) => kind switch
    {
        SalesforceFieldProblemKind.ReadOnly => "read-only (neither createable nor updateable)",
        SalesforceFieldProblemKind.NotUpdateable => "not updateable (create only)",
        _ => "not createable (update only)",
    };
}
