using System.Text.Json;

namespace Integration.Core.Transforms.Internal;

/// <summary>
/// <c>split</c>: one part of the value. Parts are trimmed and empty parts keep their place, so an index always
/// names the same separator-delimited field; a part that is blank after trimming, or out of range, is null.
/// Numbers and booleans split by their JSON text.
/// </summary>
internal sealed class SplitTransform : SingleValueTransform
{
    private readonly SplitTransformSpec _spec;

    public SplitTransform(SplitTransformSpec spec)
    {
        if (string.IsNullOrEmpty(spec.Separator))
        {
            throw new ArgumentException("split separator must not be empty.", nameof(spec));
        }

        _spec = spec;
    }

    public override TransformSpec Spec => _spec;

    protected override TransformResult Apply(JsonElement value, TransformInput input)
    {
        if (JsonValues.IsNullOrBlank(value))
        {
            return TransformResult.Null;
        }

        if (!JsonValues.TryGetScalarText(value, out var text))
        {
            return TransformResult.Failure($"split cannot split {JsonValues.Describe(value)}");
        }

        var parts = text.Split(_spec.Separator, StringSplitOptions.TrimEntries);
        var index = _spec.Index < 0 ? parts.Length + _spec.Index : _spec.Index;
        if (index < 0 || index >= parts.Length || parts[index].Length == 0)
        {
            return TransformResult.Null;
        }

        return TransformResult.Success(JsonValues.FromText(parts[index]));
    }
}
