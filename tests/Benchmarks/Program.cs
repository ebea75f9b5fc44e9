using Integration.Benchmarks;

BenchSettings settings;
try
{
    settings = BenchSettings.Parse(args);
}
catch (ArgumentException e)
{
    await Console.Error.WriteLineAsync(e.Message);
    return 2;
}

var builder = Host.CreateApplicationBuilder();
builder.Logging.ClearProviders();
builder.Services.AddHttpClient();
using var services = builder.Build();
var report = await new SyncBenchmark(settings, services.Services.GetRequiredService<IHttpClientFactory>(), TimeProvider.System).RunAsync(CancellationToken.None);
await report.WriteAsync(settings.Output, CancellationToken.None);
Console.WriteLine();
Console.Write(report.Table);
Console.WriteLine($"written: {settings.Output}");
return 0;
