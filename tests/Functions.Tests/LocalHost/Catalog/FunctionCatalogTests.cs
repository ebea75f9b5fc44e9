using Integration.Functions.LocalHost.Catalog;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;

namespace Integration.Functions.Tests.LocalHost.Catalog;

public sealed class FunctionCatalogTests
{
    private static readonly IConfiguration Settings = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["Catalog:Queue"] = "orders",
        ["Catalog:Connection"] = "OrdersStorage",
        ["Catalog:Schedule"] = "0 */5 * * * *",
    }).Build();

    [Fact]
    public void Setting_placeholders_resolve_in_queue_name_connection_and_schedule()
    {
        var catalog = new FunctionCatalog(new FunctionSources([typeof(SettingNamedFunctions)]), Settings);

        var queue = Assert.IsType<QueueFunctionTrigger>(catalog["SettingQueueFunction"].Trigger);
        var timer = Assert.IsType<TimerFunctionTrigger>(catalog["SettingTimerFunction"].Trigger);
        Assert.Equal(("orders-in", "OrdersStorage"), (queue.QueueName, queue.Connection));
        Assert.Equal("0 */5 * * * *", timer.Schedule);
        Assert.True(timer.Timer.RunOnStartup);
        Assert.Equal(typeof(TimerInfo), catalog["SettingTimerFunction"].TriggerParameter.ParameterType);
    }

    [Fact]
    public void Http_function_without_route_is_served_at_its_name_with_every_method()
    {
        var catalog = new FunctionCatalog(new FunctionSources([typeof(SettingNamedFunctions)]), Settings);

        var http = Assert.IsType<HttpFunctionTrigger>(catalog["DefaultRouteFunction"].Trigger);

        Assert.Equal(("DefaultRouteFunction", 0, AuthorizationLevel.Function), (http.Route, http.Methods.Count, http.AuthLevel));
    }

    [Fact]
    public void Unknown_setting_fails_the_catalog_naming_the_setting()
    {
        var settings = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Catalog:Queue"] = "orders" }).Build();

        var error = Assert.Throws<InvalidOperationException>(() => new FunctionCatalog(new FunctionSources([typeof(SettingNamedFunctions)]), settings));

        Assert.Equal("Function 'SettingQueueFunction': connection '%Catalog:Connection%' uses setting 'Catalog:Connection', which is not configured.", error.Message);
    }

    [Theory]
    [InlineData(typeof(FunctionContextFunction), "parameter 'context' is a FunctionContext, which the local host does not provide")]
    [InlineData(typeof(UnboundParameterFunction), "parameter 'somewhere' of type Uri cannot be bound by the local host")]
    [InlineData(typeof(HttpRequestDataFunction), "trigger parameter 'request' is HttpRequestData; the local host binds HttpRequest")]
    [InlineData(typeof(DuplicateNameFunctions), "Function name 'Same' is declared more than once")]
    public void Unsupported_shape_fails_the_catalog_with_a_clear_message(Type functions, string expected)
    {
        var error = Assert.Throws<InvalidOperationException>(() => new FunctionCatalog(new FunctionSources([functions]), Settings));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
