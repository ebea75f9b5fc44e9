using Integration.Sandbox;

var configuration = new ConfigurationBuilder().AddEnvironmentVariables("SANDBOX_").AddCommandLine(args).Build();
var defaults = new SandboxOptions();
var options = defaults with
{
    Host = configuration["Host"] ?? defaults.Host,
    SalesforcePort = configuration.GetValue("SalesforcePort", SandboxOptions.CommandLineSalesforcePort),
    NetSuitePort = configuration.GetValue("NetSuitePort", SandboxOptions.CommandLineNetSuitePort),
    HubSpotPort = configuration.GetValue("HubSpotPort", SandboxOptions.CommandLineHubSpotPort),
    AdminKey = configuration["AdminKey"],
};

await using var sandbox = await SandboxHost.StartAsync(options);
Console.WriteLine($"Salesforce sandbox: {sandbox.SalesforceBaseUrl}");
Console.WriteLine($"  token endpoint : {sandbox.SalesforceBaseUrl}services/oauth2/token");
Console.WriteLine($"  REST API       : {sandbox.SalesforceBaseUrl}services/data/v{options.Salesforce.ApiVersion}/");
Console.WriteLine($"  CDC (CometD)   : {sandbox.SalesforceBaseUrl}cometd/{options.Salesforce.ApiVersion}");
Console.WriteLine($"  control API    : {sandbox.SalesforceBaseUrl}_sandbox/salesforce/ ({(options.AdminKey is null ? "open to loopback" : "X-Sandbox-Key required")})");
foreach (var org in options.Salesforce.Orgs)
{
    Console.WriteLine($"  org '{org.Name}': client_id={org.ClientId} client_secret={org.ClientSecret} (daily API limit {org.DailyApiLimit})");
}

Console.WriteLine($"NetSuite sandbox: {sandbox.NetSuiteBaseUrl} (control API {sandbox.NetSuiteBaseUrl}_sandbox/netsuite/)");
foreach (var account in options.NetSuite.Accounts)
{
    Console.WriteLine($"  account '{account.AccountId}': consumer {account.ConsumerKey}/{account.ConsumerSecret}, token {account.TokenId}/{account.TokenSecret} (concurrency {account.ConcurrencyLimit}, {account.TimeZone})");
}

Console.WriteLine($"HubSpot sandbox: {sandbox.HubSpotBaseUrl} (CRM API under crm/, control API under _sandbox/hubspot/)");
foreach (var portal in options.HubSpot.Portals)
{
    Console.WriteLine($"  portal '{portal.Name}': Bearer {portal.Token} (app {portal.AppId}, client secret {portal.ClientSecret}; {portal.TenSecondLimit}/10 s, {portal.DailyLimit}/day)");
}

Console.WriteLine("Press Ctrl+C to stop.");
await sandbox.WaitForShutdownAsync();
