namespace Integration.Functions.LocalHost.Catalog;

/// <summary>The trigger of a function, with its settings placeholders already resolved.</summary>
/// <param name="Attribute">The trigger attribute exactly as declared on the parameter.</param>
public abstract record FunctionTrigger(Attribute Attribute);
