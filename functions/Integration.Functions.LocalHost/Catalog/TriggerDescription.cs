using System.Reflection;
using Azure.Storage.Queues.Models;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Extensions.Abstractions;

namespace Integration.Functions.LocalHost.Catalog;

/// <summary>Turns a trigger attribute into a <see cref="FunctionTrigger"/> and checks the parameter types each trigger supports.</summary>
internal static class TriggerDescription
{
    /// <summary>Queue trigger metadata the Functions host binds by parameter name.</summary>
    internal static readonly IReadOnlyDictionary<string, Type[]> QueueMetadata = new Dictionary<string, Type[]>(StringComparer.OrdinalIgnoreCase)
    {
        ["id"] = [typeof(string)],
        ["popReceipt"] = [typeof(string)],
        ["dequeueCount"] = [typeof(long), typeof(int)],
        ["insertionTime"] = [typeof(DateTimeOffset), typeof(DateTimeOffset?)],
        ["expirationTime"] = [typeof(DateTimeOffset), typeof(DateTimeOffset?)],
        ["nextVisibleTime"] = [typeof(DateTimeOffset), typeof(DateTimeOffset?)],
    };

    private static readonly Type[] RouteValueTypes = [typeof(string), typeof(int), typeof(long), typeof(Guid), typeof(bool), typeof(int?), typeof(long?), typeof(Guid?), typeof(bool?)];

    internal static FunctionTrigger Describe(string function, TriggerBindingAttribute attribute, IConfiguration configuration) => attribute switch
    {
        HttpTriggerAttribute http => DescribeHttp(function, http, configuration),
        QueueTriggerAttribute queue => new QueueFunctionTrigger(
            queue,
            SettingPlaceholders.Resolve(queue.QueueName, configuration, function, "queue name"),
            string.IsNullOrWhiteSpace(queue.Connection) ? "AzureWebJobsStorage" : SettingPlaceholders.Resolve(queue.Connection, configuration, function, "connection")),
        TimerTriggerAttribute timer => new TimerFunctionTrigger(timer, SettingPlaceholders.Resolve(timer.Schedule, configuration, function, "schedule")),
        _ => throw new InvalidOperationException(
            $"Function '{function}' uses trigger {attribute.GetType().Name}; the local host runs HTTP, queue and timer triggers only."),
    };

    internal static void CheckTriggerType(string function, FunctionTrigger trigger, ParameterInfo parameter)
    {
        var type = parameter.ParameterType;
        var supported = trigger switch
        {
            HttpFunctionTrigger => type == typeof(HttpRequest),
            TimerFunctionTrigger => type == typeof(TimerInfo),
            QueueFunctionTrigger => type == typeof(string) || type == typeof(byte[]) || type == typeof(BinaryData) || type == typeof(QueueMessage)
                || (type.IsClass && !type.IsAbstract && type != typeof(object)),
            _ => false,
        };
        if (!supported)
        {
            var expected = trigger switch
            {
                HttpFunctionTrigger => "HttpRequest (ASP.NET Core integration)",
                TimerFunctionTrigger => "TimerInfo",
                _ => "string, byte[], BinaryData, QueueMessage or a JSON-deserialisable class",
            };
            throw new InvalidOperationException($"Function '{function}': trigger parameter '{parameter.Name}' is {type.Name}; the local host binds {expected}.");
        }
    }

    internal static bool IsBindingData(FunctionTrigger trigger, ParameterInfo parameter) => trigger switch
    {
        QueueFunctionTrigger => QueueMetadata.TryGetValue(parameter.Name ?? "", out var types) && types.Contains(parameter.ParameterType),
        HttpFunctionTrigger http => RouteValueTypes.Contains(parameter.ParameterType)
            && RoutePatternFactory.Parse(http.Route).Parameters.Any(p => string.Equals(p.Name, parameter.Name, StringComparison.OrdinalIgnoreCase)),
        _ => false,
    };

    private static HttpFunctionTrigger DescribeHttp(string function, HttpTriggerAttribute http, IConfiguration configuration)
    {
        if (http.AuthLevel is not (AuthorizationLevel.Anonymous or AuthorizationLevel.Function or AuthorizationLevel.Admin or AuthorizationLevel.System))
        {
            throw new InvalidOperationException($"Function '{function}' uses AuthorizationLevel.{http.AuthLevel}, which Azure Functions does not enforce; use Anonymous, Function or Admin.");
        }

        var route = string.IsNullOrWhiteSpace(http.Route) ? function : SettingPlaceholders.Resolve(http.Route, configuration, function, "route");
        var methods = (http.Methods ?? []).Select(m => m.ToUpperInvariant()).Distinct().ToArray();
        return new HttpFunctionTrigger(http, route.Trim('/'), methods, http.AuthLevel);
    }
}
