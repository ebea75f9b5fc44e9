using Integration.Sandbox.Faults;
using Integration.Sandbox.NetSuite.Tenancy;

namespace Integration.Sandbox.NetSuite.Control;

/// <summary><c>/accounts/{id}/faults</c> (REST and SuiteQL requests) and <c>/accounts/{id}/webhook-faults</c>.</summary>
internal static partial class NetSuiteControlEndpoints
{
    private static void MapFaults(RouteGroupBuilder control)
    {
        foreach (var (path, pick, normalize) in new (string, Func<NetSuiteAccount, FaultInjector>, Func<IReadOnlyList<FaultRule>, IReadOnlyList<FaultRule>>)[]
        {
            ("faults", a => a.Faults, rules => rules),
            ("webhook-faults", a => a.WebhookFaults, WebhookFaultRules.Normalize),
        })
        {
            control.MapGet($"/accounts/{{id}}/{path}", (string id, NetSuiteAccountRegistry accounts) => With(accounts, id, a => Results.Json(pick(a).Rules)));
            control.MapPut($"/accounts/{{id}}/{path}", (string id, FaultsRequest request, NetSuiteAccountRegistry accounts) => With(accounts, id, a =>
            {
                try
                {
                    pick(a).Configure(normalize(request.Rules), request.Seed);
                }
                catch (ArgumentException exception)
                {
                    return Results.Json(new { error = exception.Message }, statusCode: 400);
                }

                return Results.Json(pick(a).Rules);
            }));
            control.MapDelete($"/accounts/{{id}}/{path}", (string id, NetSuiteAccountRegistry accounts) => With(accounts, id, a =>
            {
                pick(a).Clear();
                return Results.NoContent();
            }));
        }
    }
}
