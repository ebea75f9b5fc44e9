namespace Integration.Sandbox.Tests.Salesforce.Soql;

public sealed class QueryUriLengthTests(SandboxFixture sandbox)
{
    /// <summary>A query of <paramref name="ids"/> ids (one well-formed id repeated): <c>… WHERE Id IN ('001…','001…',…)</c>, URL-encoded.</summary>
    private static string Query(int ids) =>
        "query?q=" + Uri.EscapeDataString(
            "SELECT Id FROM Account WHERE Id IN (" + string.Join(",", Enumerable.Repeat("'001AA000000002xYAA'", ids)) + ")");

    [Theory]
    [InlineData(450, 200)]
    [InlineData(700, 414)]
    public async Task A_query_uri_is_served_up_to_16384_bytes_and_refused_with_414_beyond(int ids, int expected)
    {
        var org = await SoqlDataset.GetAsync(sandbox);
        var path = Query(ids);
        var uriBytes = new Uri(org.Http.BaseAddress!, path).PathAndQuery.Length;
        Assert.True(expected == 200 ? uriBytes is > 8_192 and < 16_000 : uriBytes > 16_384, $"the case must straddle the limit; its URI has {uriBytes} bytes");

        using var response = await org.SendAsync(HttpMethod.Get, path);

        Assert.Equal(expected, (int)response.StatusCode);
    }
}
