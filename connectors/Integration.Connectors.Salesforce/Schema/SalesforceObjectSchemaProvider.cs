using System.Net;
using Integration.Connectors.Salesforce.Api;
using Integration.Connectors.Salesforce.Soql;
using Integration.Core.Schema;

namespace Integration.Connectors.Salesforce.Schema;

/// <summary>
/// Describes objects through <c>sobjects/{Object}/describe</c> (an unknown object, 404 <c>NOT_FOUND</c>, is
/// null) and checks a plan's fields against it; read paths may cross one parent relationship (<c>Account.Name</c>).
/// </summary>
internal sealed class SalesforceObjectSchemaProvider(ISalesforceSObjectsApi api) : IObjectSchemaProvider
{
    public async Task<ObjectSchema?> DescribeAsync(string objectName, CancellationToken cancellationToken) =>
        await DescribeRawAsync(objectName, cancellationToken) is { } describe
            ? new ObjectSchema(describe.Name, describe.Fields.Select(ToField).ToArray())
            : null;

    public async Task<IReadOnlyList<FieldProblem>> ValidateFieldsAsync(
        string objectName,
        IReadOnlyCollection<string> fields,
        bool mustBeWritable,
        CancellationToken cancellationToken)
    {
        var describe = await DescribeRawAsync(objectName, cancellationToken);
        if (describe is null)
        {
            return [FieldProblem.UnknownObject(objectName)];
        }

        var problems = new List<FieldProblem>();
        foreach (var name in fields)
        {
            var field = name.Contains('.', StringComparison.Ordinal) && !mustBeWritable
                ? await ResolvePathAsync(describe, name, cancellationToken)
                : Find(describe, name);
            var problem = field is null ? FieldProblem.UnknownField(objectName, name)
                : mustBeWritable ? FieldProblem.ForWrite(objectName, name, ToField(field))
                : null;
            if (problem is not null)
            {
                problems.Add(problem);
            }
        }

        return problems;
    }

    private async Task<SalesforceDescribeResult?> DescribeRawAsync(string objectName, CancellationToken cancellationToken)
    {
        SoqlName.Require(objectName, "object");
        try
        {
            return await api.DescribeAsync(objectName, cancellationToken);
        }
        catch (SalesforceApiException e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    private async Task<SalesforceDescribeField?> ResolvePathAsync(SalesforceDescribeResult describe, string path, CancellationToken cancellationToken)
    {
        var parts = path.Split('.');
        var relationship = describe.Fields.FirstOrDefault(f => string.Equals(f.RelationshipName, parts[0], StringComparison.OrdinalIgnoreCase));
        if (parts.Length != 2 || relationship?.ReferenceTo is not { Count: > 0 } targets)
        {
            return null;
        }

        // A polymorphic reference (WhatId, OwnerId) points at several objects; the field may live on any.
        foreach (var target in targets)
        {
            if (await DescribeRawAsync(target, cancellationToken) is { } parent && Find(parent, parts[1]) is { } field)
            {
                return field;
            }
        }

        return null;
    }

    private static SalesforceDescribeField? Find(SalesforceDescribeResult describe, string name) =>
        describe.Fields.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));

    private static FieldSchema ToField(SalesforceDescribeField field) => new(
        field.Name,
        field.Type,
        field.Createable,
        field.Updateable,
        field.ExternalId,
        field.ReferenceTo ?? [],
        (field.PicklistValues ?? []).Where(p => p.Active).Select(p => p.Value).ToArray());
}
