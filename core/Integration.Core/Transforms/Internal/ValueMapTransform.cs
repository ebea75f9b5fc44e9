using System.Text.Json;

namespace Integration.Core.Transforms.Internal;

/// <summary>
/// <c>valueMap</c>: a picklist value translated through the map. Null and blank inputs are null (not unknown);
/// strings match exactly as written (no trimming); numbers and booleans match by their JSON text.
/// </summary>
internal sealed class ValueMapTransform : SingleValueTransform
{
    private const int KnownValuesInMessage = 10;

    private readonly ValueMapTransformSpec _spec;
    private readonly Dictionary<string, string?> _map;
    private readonly string _known;

    public ValueMapTransform(ValueMapTransformSpec spec)
    {
        if (spec.Map is null)
        {
            throw new ArgumentException("valueMap needs a map (source value to destination value).", nameof(spec));
        }

        if (!Enum.IsDefined(spec.OnUnknown))
        {
            throw new ArgumentException($"valueMap onUnknown {(int)spec.OnUnknown} is not one of error, default, passThrough.", nameof(spec));
        }

        _spec = spec;
        _map = new Dictionary<string, string?>(spec.CaseSensitive ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase);
        foreach (var (key, mapped) in spec.Map)
        {
            if (!_map.TryAdd(key, mapped))
            {
                var other = spec.Map.Keys.First(k => k != key && _map.Comparer.Equals(k, key));
                throw new ArgumentException(
                    $"valueMap keys '{other}' and '{key}' collide when caseSensitive is false.", nameof(spec));
            }
        }

        _known = DescribeKnown(spec.Map.Keys);
    }

    public override TransformSpec Spec => _spec;

    protected override TransformResult Apply(JsonElement value, TransformInput input)
    {
        if (JsonValues.IsNullOrBlank(value))
        {
            return TransformResult.Null;
        }

        if (!JsonValues.TryGetScalarText(value, out var key))
        {
            return TransformResult.Failure($"valueMap cannot map {JsonValues.Describe(value)}; it maps strings, numbers and booleans");
        }

        if (_map.TryGetValue(key, out var mapped))
        {
            return TransformResult.Success(JsonValues.FromText(mapped));
        }

        return _spec.OnUnknown switch
        {
            UnknownValueBehaviour.Default => TransformResult.Success(JsonValues.FromText(_spec.Default)),
            UnknownValueBehaviour.PassThrough => TransformResult.Success(value),
            _ => TransformResult.Failure($"value '{key}' is not in the value map ({_known})"),
        };
    }

    private static string DescribeKnown(IEnumerable<string> keys)
    {
        var all = keys.ToList();
        if (all.Count == 0)
        {
            return "the map is empty";
        }

        var shown = string.Join(", ", all.Take(KnownValuesInMessage));
        return all.Count > KnownValuesInMessage
            ? $"known: {shown} and {all.Count - KnownValuesInMessage} more"
            : $"known: {shown}";
    }
}
