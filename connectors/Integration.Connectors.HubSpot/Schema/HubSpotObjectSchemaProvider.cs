using System.Net;
using Integration.Connectors.HubSpot.Errors;
using Integration.Connectors.HubSpot.Properties;
using Integration.Core.Records;
using Integration.Core.Schema;

namespace Integration.Connectors.HubSpot.Schema;

/// <summary>
/// Describes a HubSpot object from the properties API: a property with <c>hasUniqueValue</c> is
/// an external id (usable as <c>idProperty</c>); read-only or calculated properties are neither
/// createable nor updateable; enumeration options are the picklist values. Unknown objects: null.
/// </summary>
internal sealed class HubSpotObjectSchemaProvider(IHubSpotPropertiesApi properties) : IObjectSchemaProvider
{
    public async Task<ObjectSchema?> DescribeAsync(string objectName, CancellationToken cancellationToken)
    {
        HubSpotPropertyList list;
        try
        {
            list = await properties.ListAsync(objectName, WriteLane.Live, cancellationToken);
        }
        catch (HubSpotApiException exception) when (exception.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        return new ObjectSchema(objectName, list.Results.Select(ToField).ToList());
    }

    private static FieldSchema ToField(HubSpotProperty property)
    {
        var writable = !property.Calculated && property.ModificationMetadata?.ReadOnlyValue != true;
        return new FieldSchema(
            property.Name,
            property.Type,
            Createable: writable,
            Updateable: writable,
            ExternalId: property.HasUniqueValue,
            ReferenceTo: [],
            PicklistValues: (property.Options ?? []).Where(option => !option.Hidden).Select(option => option.Value).ToList());
    }
}
