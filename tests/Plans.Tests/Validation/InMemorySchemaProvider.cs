using Integration.Core.Schema;

namespace Integration.Plans.Tests.Validation;

/// <summary>Fixed object schemas: Account with a writable Name, a create-only Number, a read-only CreatedDate and an external id Ext.</summary>
internal sealed class InMemorySchemaProvider : IObjectSchemaProvider
{
    private static readonly ObjectSchema Account = new("Account",
    [
        new("Name", "string", Createable: true, Updateable: true, ExternalId: false, [], []),
        new("City", "string", Createable: true, Updateable: true, ExternalId: false, [], []),
        new("Number", "string", Createable: true, Updateable: false, ExternalId: false, [], []),
        new("CreatedDate", "datetime", Createable: false, Updateable: false, ExternalId: false, [], []),
        new("Ext", "string", Createable: true, Updateable: true, ExternalId: true, [], []),
    ]);

    public Task<ObjectSchema?> DescribeAsync(string objectName, CancellationToken cancellationToken) =>
        Task.FromResult(objectName == Account.Name ? Account : null);
}
