using Integration.Functions;
using Integration.Functions.Health;
using Integration.Functions.LocalHost;
using Integration.Functions.LocalHost.Http;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddIntegrationFunctions(builder.Configuration);
builder.AddFunctionsLocalHost(typeof(HealthzFunction).Assembly);

var app = builder.Build();
app.MapFunctionsHttp();
app.Run();
