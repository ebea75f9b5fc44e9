namespace Integration.Sandbox.Salesforce.Rest;

/// <summary><c>query</c> and <c>queryAll</c> with <c>nextRecordsUrl</c> continuation.</summary>
internal static class QueryEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        _ = api;
    }
}
