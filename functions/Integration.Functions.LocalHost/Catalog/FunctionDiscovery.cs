using System.Reflection;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Extensions.Abstractions;

namespace Integration.Functions.LocalHost.Catalog;

/// <summary>
/// Finds <c>[Function]</c> methods by reflection and checks that the local host can run them; anything it
/// cannot run faithfully stops the start with a message naming the function and what to change.
/// </summary>
public static class FunctionDiscovery
{
    /// <summary>Every function declared by the classes (static ones included) of <paramref name="types"/>, in name order.</summary>
    public static IReadOnlyList<FunctionDescriptor> Discover(IEnumerable<Type> types, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(types);
        ArgumentNullException.ThrowIfNull(configuration);
        var functions = new List<FunctionDescriptor>();
        foreach (var type in types.Where(t => t.IsClass && (!t.IsAbstract || t.IsSealed)))
        {
            foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                if (method.GetCustomAttribute<FunctionAttribute>() is { } function)
                {
                    functions.Add(Describe(function.Name, type, method, configuration));
                }
            }
        }

        var duplicate = functions.GroupBy(f => f.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException(
                $"Function name '{duplicate.Key}' is declared more than once: {string.Join(", ", duplicate.Select(f => f.ToString()))}.");
        }

        return [.. functions.OrderBy(f => f.Name, StringComparer.Ordinal)];
    }

    private static FunctionDescriptor Describe(string name, Type type, MethodInfo method, IConfiguration configuration)
    {
        // One array for finding the trigger and binding: GetParameters may return new ParameterInfo instances on another
        // call (its cache is not guaranteed), so the trigger is also recognised by position, never by reference alone.
        var parameters = method.GetParameters();
        var triggers = parameters
            .Select(p => (Parameter: p, Attribute: p.GetCustomAttribute<TriggerBindingAttribute>()))
            .Where(t => t.Attribute is not null)
            .ToList();
        if (triggers.Count != 1)
        {
            throw new InvalidOperationException($"Function '{name}' ({type.FullName}.{method.Name}) must have exactly one trigger parameter; it has {triggers.Count}.");
        }

        var (triggerParameter, attribute) = triggers[0];
        var trigger = TriggerDescription.Describe(name, attribute!, configuration);
        TriggerDescription.CheckTriggerType(name, trigger, triggerParameter);
        RejectOutputBindings(name, method);

        return new FunctionDescriptor
        {
            Name = name,
            FunctionType = type,
            Method = method,
            Trigger = trigger,
            TriggerParameter = triggerParameter,
            Parameters = [.. parameters.Select(p => Bind(name, p, triggerParameter, trigger))],
        };
    }

    private static ParameterBinding Bind(string function, ParameterInfo parameter, ParameterInfo triggerParameter, FunctionTrigger trigger)
    {
        if (parameter.Position == triggerParameter.Position)
        {
            return new ParameterBinding(parameter, ParameterSource.Trigger);
        }

        if (parameter.ParameterType == typeof(CancellationToken))
        {
            return new ParameterBinding(parameter, ParameterSource.CancellationToken);
        }

        if (parameter.ParameterType == typeof(FunctionContext))
        {
            throw new InvalidOperationException(
                $"Function '{function}': parameter '{parameter.Name}' is a FunctionContext, which the local host does not provide. " +
                "Inject services (ILogger<T>, options) through the constructor and take a CancellationToken instead.");
        }

        if (parameter.GetCustomAttribute<BindingAttribute>() is { } binding)
        {
            throw new InvalidOperationException(
                $"Function '{function}': parameter '{parameter.Name}' has input binding {binding.GetType().Name}, which the local host does not support. Use an injected client instead.");
        }

        if (TriggerDescription.IsBindingData(trigger, parameter))
        {
            return new ParameterBinding(parameter, ParameterSource.BindingData);
        }

        throw new InvalidOperationException(
            $"Function '{function}': parameter '{parameter.Name}' of type {parameter.ParameterType.Name} cannot be bound by the local host. " +
            "Supported: the trigger parameter, CancellationToken, queue metadata (id, dequeueCount, insertionTime, expirationTime, nextVisibleTime, popReceipt) and route values.");
    }

    private static void RejectOutputBindings(string function, MethodInfo method)
    {
        var output = method.ReturnParameter.GetCustomAttribute<OutputBindingAttribute>()?.GetType().Name
            ?? UnwrapReturnType(method.ReturnType).GetProperties()
                .Select(p => p.GetCustomAttribute<OutputBindingAttribute>()?.GetType().Name)
                .FirstOrDefault(n => n is not null);
        if (output is not null)
        {
            throw new InvalidOperationException(
                $"Function '{function}' uses output binding {output}, which the local host does not support. Write through an injected client instead.");
        }
    }

    private static Type UnwrapReturnType(Type type) =>
        type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(Task<>) || type.GetGenericTypeDefinition() == typeof(ValueTask<>))
            ? type.GetGenericArguments()[0]
            : type;
}
