using System.Text.Json;
using System.Text.Json.Nodes;
using Refit;

namespace Integration.Connectors.Salesforce.Api;

/// <summary>
/// The sObject resources of the REST API (REST API Developer Guide, "sObject Rows", "sObject Rows by
/// External ID", "sObject Describe"), relative to <c>/services/data/vNN.N</c>.
/// </summary>
internal interface ISalesforceSObjectsApi
{
    /// <summary><c>POST sobjects/{Object}</c>: 201 <c>{"id","success","errors"}</c>. Not idempotent, so never retried.</summary>
    [Post("/sobjects/{objectName}")]
    Task<SalesforceSaveResult> CreateAsync(string objectName, [Body] JsonObject record, CancellationToken cancellationToken);

    /// <summary><c>GET sobjects/{Object}/{id}?fields=…</c>: the record's JSON.</summary>
    [Get("/sobjects/{objectName}/{id}")]
    Task<JsonElement> GetAsync(string objectName, string id, [Query] string fields, CancellationToken cancellationToken);

    /// <summary><c>PATCH sobjects/{Object}/{id}</c>: 204.</summary>
    [Patch("/sobjects/{objectName}/{id}")]
    Task UpdateAsync(string objectName, string id, [Body] JsonObject fields, CancellationToken cancellationToken);

    /// <summary><c>DELETE sobjects/{Object}/{id}</c>: 204.</summary>
    [Delete("/sobjects/{objectName}/{id}")]
    Task DeleteAsync(string objectName, string id, CancellationToken cancellationToken);

    /// <summary><c>PATCH sobjects/{Object}/{ExtIdField}/{value}</c>: 201 created or 200 updated with <c>created</c> (v46.0+); 300 when several records match.</summary>
    [Patch("/sobjects/{objectName}/{externalIdField}/{externalId}")]
    Task<SalesforceSaveResult> UpsertAsync(string objectName, string externalIdField, string externalId, [Body] JsonObject fields, CancellationToken cancellationToken);

    /// <summary><c>GET sobjects/{Object}/describe</c>: fields with type, createable, updateable, externalId, referenceTo, picklistValues.</summary>
    [Get("/sobjects/{objectName}/describe")]
    Task<SalesforceDescribeResult> DescribeAsync(string objectName, CancellationToken cancellationToken);
}
