using Integration.Functions;
using Integration.Functions.Health;
using Integration.Functions.LocalHost;
using Integration.Functions.LocalHost.Http;
using Integration.Functions.Settings;

var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddSyncSettingDefaults();
builder.Services.AddIntegrationFunctions(builder.Configuration);
builder.AddFunctionsLocalHost(typeof(HealthzFunction).Assembly);

var app = builder.Build();
app.MapFunctionsHttp();
app.Run();
