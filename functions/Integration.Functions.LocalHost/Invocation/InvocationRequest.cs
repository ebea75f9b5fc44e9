namespace Integration.Functions.LocalHost.Invocation;

/// <summary>What a trigger hands to <see cref="FunctionInvoker"/>: the trigger value and its metadata.</summary>
/// <param name="TriggerValue">
/// The value for the trigger parameter, already of the parameter's type: the <c>HttpRequest</c>, the converted
/// queue message, or a <c>TimerInfo</c>.
/// </param>
/// <param name="Reason">Why the function runs, for the "Executing" log line (e.g. "New queue message detected on 'q'.").</param>
/// <param name="BindingData">Values bound to parameters by name (queue <c>id</c>, <c>dequeueCount</c>, route values); case-insensitive.</param>
public sealed record InvocationRequest(object? TriggerValue, string Reason, IReadOnlyDictionary<string, object?>? BindingData = null);
