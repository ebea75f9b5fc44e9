using System.Reflection;

namespace Integration.Functions.LocalHost.Catalog;

/// <summary>One parameter of a function method and where its value comes from.</summary>
/// <param name="Parameter">The method parameter.</param>
/// <param name="Source">Its source.</param>
public sealed record ParameterBinding(ParameterInfo Parameter, ParameterSource Source);
