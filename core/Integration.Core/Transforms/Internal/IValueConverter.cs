using System.Text.Json;

namespace Integration.Core.Transforms.Internal;

/// <summary>One target of <c>convert</c>.</summary>
internal interface IValueConverter
{
    /// <summary>Converts a value that is neither missing nor JSON null.</summary>
    TransformResult Convert(JsonElement value);
}
