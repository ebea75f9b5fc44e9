namespace Integration.Core.Transforms.Internal;

/// <summary>
/// <c>concat</c>: the source values joined in order. Numbers and booleans join by their JSON text. When every
/// value is null or blank the result is null. Without skipBlanks, a null joins as an empty string.
/// </summary>
internal sealed class ConcatTransform : IFieldTransform
{
    private readonly ConcatTransformSpec _spec;

    public ConcatTransform(ConcatTransformSpec spec)
    {
        if (spec.Separator is null)
        {
            throw new ArgumentException("concat separator must not be null (use \"\" to join without one).", nameof(spec));
        }

        _spec = spec;
    }

    public TransformSpec Spec => _spec;

    public TransformResult Apply(TransformInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var parts = new List<string>(input.Values.Count);
        var anyText = false;
        for (var i = 0; i < input.Values.Count; i++)
        {
            var value = input.Values[i];
            if (JsonValues.IsNull(value))
            {
                if (!_spec.SkipBlanks)
                {
                    parts.Add(string.Empty);
                }

                continue;
            }

            if (!JsonValues.TryGetScalarText(value, out var text))
            {
                return TransformResult.Failure($"concat cannot join {JsonValues.Describe(value)} (source {i + 1})");
            }

            var blank = string.IsNullOrWhiteSpace(text);
            anyText |= !blank;
            if (!blank || !_spec.SkipBlanks)
            {
                parts.Add(text);
            }
        }

        return anyText
            ? TransformResult.Success(JsonValues.FromText(string.Join(_spec.Separator, parts)))
            : TransformResult.Null;
    }
}
