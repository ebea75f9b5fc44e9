using System.Text.Json;
using Refit;

namespace Integration.Connectors.NetSuite.Api;

/// <summary>
/// NetSuite REST record service (<c>/services/rest/record/v1</c>), one method per endpoint.
/// Non-success answers surface as <c>NetSuiteApiException</c> from the handler chain.
/// </summary>
internal interface INetSuiteRecordApi
{
    /// <summary><c>GET /record/v1/{type}/{id}</c>: the record with <c>links</c>; references as <c>{id, refName, links}</c>.</summary>
    [Get("/services/rest/record/v1/{type}/{id}")]
    Task<JsonElement> GetAsync(string type, string id, CancellationToken cancellationToken);

    /// <summary><c>GET /record/v1/{type}?limit=&amp;offset=</c>: a page of <c>{id, links}</c> items.</summary>
    [Get("/services/rest/record/v1/{type}")]
    Task<NetSuiteCollectionPage> ListAsync(string type, [Query] int limit, [Query] int offset, CancellationToken cancellationToken);

    /// <summary><c>POST /record/v1/{type}</c>: 204 (or 201) with the new record's URL in <c>Location</c>.</summary>
    [Post("/services/rest/record/v1/{type}")]
    Task<HttpResponseMessage> CreateAsync(string type, [Body] IReadOnlyDictionary<string, JsonElement> fields, CancellationToken cancellationToken);

    /// <summary><c>PATCH /record/v1/{type}/{id}</c>: 204; omitted fields are left unchanged, null clears.</summary>
    [Patch("/services/rest/record/v1/{type}/{id}")]
    Task<HttpResponseMessage> UpdateAsync(string type, string id, [Body] IReadOnlyDictionary<string, JsonElement> fields, CancellationToken cancellationToken);

    /// <summary><c>PUT /record/v1/{type}/eid:{externalId}</c>: creates or updates the record with that external id.</summary>
    [Put("/services/rest/record/v1/{type}/eid:{externalId}")]
    Task<HttpResponseMessage> UpsertByExternalIdAsync(string type, string externalId, [Body] IReadOnlyDictionary<string, JsonElement> fields, CancellationToken cancellationToken);

    /// <summary><c>DELETE /record/v1/{type}/{id}</c>: 204.</summary>
    [Delete("/services/rest/record/v1/{type}/{id}")]
    Task<HttpResponseMessage> DeleteAsync(string type, string id, CancellationToken cancellationToken);
}
