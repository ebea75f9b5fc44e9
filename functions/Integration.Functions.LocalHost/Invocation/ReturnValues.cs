using System.Reflection;

namespace Integration.Functions.LocalHost.Invocation;

/// <summary>Awaits what a function method returned: Task, Task&lt;T&gt;, ValueTask, ValueTask&lt;T&gt; or a plain value.</summary>
internal static class ReturnValues
{
    internal static async Task<object?> AwaitAsync(MethodInfo method, object? returned)
    {
        var declared = method.ReturnType;
        switch (returned)
        {
            case null:
                return null;
            case ValueTask valueTask:
                await valueTask;
                return null;
            case Task task:
                await task;
                return declared.IsGenericType ? declared.GetProperty(nameof(Task<object>.Result))!.GetValue(task) : null;
        }

        if (declared.IsGenericType && declared.GetGenericTypeDefinition() == typeof(ValueTask<>))
        {
            var task = (Task)declared.GetMethod(nameof(ValueTask<object>.AsTask))!.Invoke(returned, null)!;
            await task;
            return task.GetType().GetProperty(nameof(Task<object>.Result))!.GetValue(task);
        }

        return returned;
    }
}
