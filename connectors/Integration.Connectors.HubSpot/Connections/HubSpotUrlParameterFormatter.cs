using System.Reflection;
using Refit;

namespace Integration.Connectors.HubSpot.Connections;

/// <summary>Formats query values as HubSpot reads them: booleans in lower case (<c>archived=true</c>, not <c>True</c>).</summary>
internal sealed class HubSpotUrlParameterFormatter : DefaultUrlParameterFormatter
{
    public override string? Format(object? value, ICustomAttributeProvider attributeProvider, Type type) =>
        value is bool flag ? (flag ? "true" : "false") : base.Format(value, attributeProvider, type);
}
