using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace Integration.Functions.Tests.LocalHost.Catalog;

/// <summary>Well-formed functions whose names, routes and schedules come from settings.</summary>
public sealed class SettingNamedFunctions
{
    [Function("SettingQueueFunction")]
    public static void Queue([QueueTrigger("%Catalog:Queue%-in", Connection = "%Catalog:Connection%")] string body, string id, long dequeueCount, CancellationToken cancellationToken)
    {
    }

    [Function("SettingTimerFunction")]
    public static Task TimerAsync([TimerTrigger("%Catalog:Schedule%", RunOnStartup = true)] TimerInfo timer, CancellationToken cancellationToken) => Task.CompletedTask;

    [Function("DefaultRouteFunction")]
    public static void Http([HttpTrigger(AuthorizationLevel.Function)] HttpRequest request)
    {
    }
}

/// <summary>Takes a FunctionContext, which the local host does not provide.</summary>
public sealed class FunctionContextFunction
{
    [Function(nameof(FunctionContextFunction))]
    public void Run([QueueTrigger("q")] string body, FunctionContext context)
    {
    }
}

/// <summary>Takes a parameter nothing can bind.</summary>
public sealed class UnboundParameterFunction
{
    [Function(nameof(UnboundParameterFunction))]
    public void Run([QueueTrigger("q")] string body, Uri somewhere)
    {
    }
}

/// <summary>An HTTP trigger bound to the worker's own request type, which needs the gRPC worker.</summary>
public sealed class HttpRequestDataFunction
{
    [Function(nameof(HttpRequestDataFunction))]
    public void Run([HttpTrigger(AuthorizationLevel.Anonymous)] Microsoft.Azure.Functions.Worker.Http.HttpRequestData request)
    {
    }
}

/// <summary>Two functions claiming the same name.</summary>
public sealed class DuplicateNameFunctions
{
    [Function("Same")]
    public static void One([QueueTrigger("a")] string body)
    {
    }

    [Function("Same")]
    public static void Two([QueueTrigger("b")] string body)
    {
    }
}
