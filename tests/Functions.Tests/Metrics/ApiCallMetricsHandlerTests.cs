using System.Diagnostics.Metrics;
using System.Net;
using Integration.Functions.Metrics;
using Microsoft.Extensions.DependencyInjection;

namespace Integration.Functions.Tests.Metrics;

public sealed class ApiCallMetricsHandlerTests
{
    [Fact]
    public async Task Calls_and_429_answers_are_counted_with_the_vendor_taken_from_the_client_name()
    {
        var statuses = new Queue<HttpStatusCode>([HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.OK]);
        var services = new ServiceCollection();
        services.AddHttpClient("hubspot")
            .AddApiCallMetrics()
            .ConfigurePrimaryHttpMessageHandler(() => new AnsweringHandler(() => statuses.Dequeue()));
        using var provider = services.BuildServiceProvider();
        using var recorder = new MeasurementRecorder(provider.GetRequiredService<IMeterFactory>());
        using var client = provider.GetRequiredService<IHttpClientFactory>().CreateClient("hubspot");

        for (var i = 0; i < 3; i++)
        {
            using var response = await client.GetAsync(new Uri("https://api.hubapi.example/crm/v3/objects/contacts"), TestContext.Current.CancellationToken);
        }

        Assert.Equal(
            (3d, 2d, 1d, 1d),
            (recorder.Sum("integration.api.calls", ("vendor", "hubspot")), recorder.Sum("integration.api.calls", ("status", 200)),
             recorder.Sum("integration.api.calls", ("status", 429)), recorder.Sum("integration.api.throttled", ("vendor", "hubspot"))));
    }

    private sealed class AnsweringHandler(Func<HttpStatusCode> next) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(next()));
    }
}
