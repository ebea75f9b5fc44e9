using Microsoft.Azure.Functions.Worker;

namespace Integration.Functions.LocalHost.Catalog;

/// <summary>An <see cref="HttpTriggerAttribute"/> function.</summary>
/// <param name="Http">The declared attribute.</param>
/// <param name="Route">The route template without prefix (the function name when the attribute has none).</param>
/// <param name="Methods">Upper-case HTTP methods; empty means every method.</param>
/// <param name="AuthLevel">Who may call it.</param>
public sealed record HttpFunctionTrigger(HttpTriggerAttribute Http, string Route, IReadOnlyList<string> Methods, AuthorizationLevel AuthLevel)
    : FunctionTrigger(Http);
