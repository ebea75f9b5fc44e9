namespace Integration.Functions.LocalHost.Catalog;

/// <summary>Where an invocation takes a parameter's value from.</summary>
public enum ParameterSource
{
    /// <summary>The trigger value (request, message, timer info).</summary>
    Trigger,

    /// <summary>The invocation's token: host shutdown and <c>functionTimeout</c>.</summary>
    CancellationToken,

    /// <summary>A trigger metadata value by parameter name (queue <c>id</c>, <c>dequeueCount</c>, a route value).</summary>
    BindingData,
}
