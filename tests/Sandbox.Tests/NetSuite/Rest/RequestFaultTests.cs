using System.Text.Json.Nodes;

namespace Integration.Sandbox.Tests.NetSuite.Rest;

public sealed class RequestFaultTests(SandboxFixture fixture)
{
    [Theory]
    [InlineData(503, null, "SERVICE_UNAVAILABLE")]
    [InlineData(429, null, "CONCURRENCY_LIMIT_EXCEEDED")]
    [InlineData(400, "USER_ERROR", "USER_ERROR")]
    public async Task Injected_fault_answers_in_NetSuite_error_shape(int status, string? errorCode, string expectedCode)
    {
        var account = await NetSuiteTestAccount.CreateAsync(fixture.Host, fixture.Time);
        await account.ControlAsync(HttpMethod.Put, "/faults", new { seed = 0, rules = new[] { new { rate = 1.0, status, errorCode, method = "POST" } } });

        var (answer, body, _) = await account.CallAsync(HttpMethod.Post, "services/rest/record/v1/customer", new JsonObject { ["companyName"] = "X" });
        var (read, _, _) = await account.CallAsync(HttpMethod.Get, "services/rest/record/v1/customer");

        Assert.Equal((status, 200), (answer, read));
        Assert.Equal(status, (int)body!["status"]!);
        Assert.Equal(expectedCode, (string)body["o:errorDetails"]![0]!["o:errorCode"]!);
    }

    [Fact]
    public async Task Unknown_field_is_ignored_unless_property_name_validation_is_error()
    {
        var account = await NetSuiteTestAccount.CreateAsync(fixture.Host, fixture.Time);
        var body = new JsonObject { ["companyName"] = "Acme", ["favouriteColour"] = "blue" };

        var (lenient, _, _) = await account.CallAsync(HttpMethod.Post, "services/rest/record/v1/customer", body.DeepClone());
        var (strict, error, _) = await account.CallAsync(HttpMethod.Post, "services/rest/record/v1/customer", body.DeepClone(),
            r => r.Headers.TryAddWithoutValidation("X-NetSuite-PropertyNameValidation", "Error"));

        Assert.Equal((204, 400), (lenient, strict));
        Assert.Equal("NONEXISTENT_FIELD", (string)error!["o:errorDetails"]![0]!["o:errorCode"]!);
        Assert.Equal("favouriteColour", (string)error["o:errorDetails"]![0]!["o:errorPath"]!);
    }
}
