using System.ComponentModel;
using System.Globalization;
using Integration.Functions.LocalHost.Catalog;

namespace Integration.Functions.LocalHost.Invocation;

/// <summary>Builds the argument array of one invocation from the catalog's parameter plan.</summary>
internal static class ParameterValues
{
    internal static object?[] Build(FunctionDescriptor function, InvocationRequest invocation, CancellationToken cancellationToken)
    {
        var args = new object?[function.Parameters.Count];
        for (var i = 0; i < args.Length; i++)
        {
            var (parameter, source) = (function.Parameters[i].Parameter, function.Parameters[i].Source);
            args[i] = source switch
            {
                ParameterSource.CancellationToken => cancellationToken,
                ParameterSource.Trigger => parameter.ParameterType.IsInstanceOfType(invocation.TriggerValue)
                    ? invocation.TriggerValue
                    : throw new InvalidOperationException(
                        $"Function '{function.Name}' takes its trigger as {parameter.ParameterType.Name}, but was given {invocation.TriggerValue?.GetType().Name ?? "null"}."),
                _ => Convert(function, parameter.Name!, parameter.ParameterType, Lookup(invocation, parameter.Name!)),
            };
        }

        return args;
    }

    private static object? Lookup(InvocationRequest invocation, string name)
    {
        if (invocation.BindingData is null)
        {
            return null;
        }

        return invocation.BindingData.TryGetValue(name, out var value)
            ? value
            : invocation.BindingData.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
    }

    private static object? Convert(FunctionDescriptor function, string name, Type type, object? value)
    {
        if (value is null || type.IsInstanceOfType(value))
        {
            return value is null && type.IsValueType && Nullable.GetUnderlyingType(type) is null ? Activator.CreateInstance(type) : value;
        }

        try
        {
            var target = Nullable.GetUnderlyingType(type) ?? type;
            return value is string text
                ? TypeDescriptor.GetConverter(target).ConvertFromInvariantString(text)
                : System.Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
        }
        catch (Exception ex) when (ex is FormatException or InvalidCastException or NotSupportedException or ArgumentException)
        {
            throw new InvalidOperationException($"Function '{function.Name}': binding data '{name}' value '{value}' is not a {type.Name}.", ex);
        }
    }
}
