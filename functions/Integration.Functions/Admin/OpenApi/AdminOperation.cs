namespace Integration.Functions.Admin.OpenApi;

/// <summary>One operation of the management API, as the OpenAPI document describes it.</summary>
/// <param name="Method">The HTTP method, lower case.</param>
/// <param name="Route">The route under <c>api/</c> (an <see cref="AdminRoutes"/> constant).</param>
/// <param name="OperationId">The function's name.</param>
/// <param name="Summary">What it does.</param>
/// <param name="Query">Query parameters it reads.</param>
/// <param name="Responses">Status codes it answers besides 401, with their meaning.</param>
public sealed record AdminOperation(string Method, string Route, string OperationId, string Summary, IReadOnlyList<string> Query, IReadOnlyDictionary<string, string> Responses);
