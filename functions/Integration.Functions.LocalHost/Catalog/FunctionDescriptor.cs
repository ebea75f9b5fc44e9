using System.Reflection;

namespace Integration.Functions.LocalHost.Catalog;

/// <summary>One <c>[Function]</c> method found in the function app, ready to invoke.</summary>
public sealed class FunctionDescriptor
{
    /// <summary>The function name from <c>[Function("name")]</c>.</summary>
    public required string Name { get; init; }

    /// <summary>The class declaring the method (created per invocation with constructor injection).</summary>
    public required Type FunctionType { get; init; }

    /// <summary>The function method.</summary>
    public required MethodInfo Method { get; init; }

    /// <summary>The trigger with its resolved settings.</summary>
    public required FunctionTrigger Trigger { get; init; }

    /// <summary>The parameter carrying the trigger attribute.</summary>
    public required ParameterInfo TriggerParameter { get; init; }

    /// <summary>Every parameter of the method in order, with its source.</summary>
    public required IReadOnlyList<ParameterBinding> Parameters { get; init; }

    /// <summary>The name the Functions host logs with: <c>Functions.&lt;Name&gt;</c>.</summary>
    public string LogName => $"Functions.{Name}";

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({FunctionType.FullName}.{Method.Name})";
}
