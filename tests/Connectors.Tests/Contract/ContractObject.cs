namespace Integration.Connectors.Tests.Contract;

/// <summary>
/// The object a vendor runs the contract suite on.
/// </summary>
/// <param name="Name">Object name as the connector takes it (<c>Account</c>, <c>customer</c>).</param>
/// <param name="ExternalIdField">The field upserts key on.</param>
/// <param name="NameField">A writable text field the tests set.</param>
/// <param name="ReadOnlyField">A field that is neither createable nor updateable.</param>
/// <param name="PageSize">Records per page the connector reads in this configuration.</param>
/// <param name="IdsPerReadBatch">Ids per internal batch of <c>ReadByIdsAsync</c> in this configuration (at least).</param>
public sealed record ContractObject(string Name, string ExternalIdField, string NameField, string ReadOnlyField, int PageSize, int IdsPerReadBatch);
