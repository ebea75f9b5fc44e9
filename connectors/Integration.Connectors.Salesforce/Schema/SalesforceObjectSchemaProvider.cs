using System.Net;
using Integration.Connectors.Salesforce.Api;
using Integration.Connectors.Salesforce.Soql;
using Integration.Core.Schema;

namespace Integration.Connectors.Salesforce.Schema;

/// <summary>Describes objects through <c>sobjects/{Object}/describe</c>; an unknown object (404 <c>NOT_FOUND</c>) is null.</summary>
internal sealed class SalesforceObjectSchemaProvider(ISalesforceSObjectsApi api) : IObjectSchemaProvider
{
    public async Task<ObjectSchema?> DescribeAsync(string objectName, CancellationToken cancellationToken)
    {
        SoqlName.Require(objectName, "object");
        SalesforceDescribeResult describe;
        try
        {
            describe = await api.DescribeAsync(objectName, cancellationToken);
        }
        catch (SalesforceApiException e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        return new ObjectSchema(describe.Name, describe.Fields.Select(ToField).ToArray());
    }

    /// <summary>Describe results keyed by relationship name, for resolving <c>Account.Name</c>-style read paths.</summary>
    internal async Task<SalesforceDescribeResult?> DescribeRawAsync(string objectName, CancellationToken cancellationToken)
    {
        try
        {
            return await api.DescribeAsync(SoqlName.Require(objectName, "object"), cancellationToken);
        }
        catch (SalesforceApiException e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    private static FieldSchema ToField(SalesforceDescribeField field) => new(
        field.Name,
        field.Type,
        field.Createable,
        field.Updateable,
        field.ExternalId,
        field.ReferenceTo ?? [],
        (field.PicklistValues ?? []).Where(p => p.Active).Select(p => p.Value).ToArray());
}
