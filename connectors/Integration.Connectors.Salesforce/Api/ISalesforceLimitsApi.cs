using Refit;

namespace Integration.Connectors.Salesforce.Api;

/// <summary>The <c>limits</c> resource (REST API Developer Guide, "Limits").</summary>
internal interface ISalesforceLimitsApi
{
    /// <summary><c>GET limits</c>: every org limit by name (<c>DailyApiRequests</c>…), each with <c>Max</c> and <c>Remaining</c>.</summary>
    [Get("/limits")]
    Task<Dictionary<string, SalesforceLimit>> GetLimitsAsync(CancellationToken cancellationToken);
}
