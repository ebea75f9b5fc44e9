using System.Text.Json;

namespace Integration.Plans.Loading;

/// <summary>
/// Where each JSON path of a well-formed plan starts in its file: the property name for an
/// object member, the value for an array element. Built by walking the text once with
/// <see cref="Utf8JsonReader"/>.
/// </summary>
internal sealed class SourcePositions
{
    private readonly Dictionary<string, (int Line, int Column)> _positions = new(StringComparer.Ordinal);
    private readonly List<string> _repeatedProperties = [];

    private SourcePositions()
    {
    }

    public static SourcePositions Build(SourceText source)
    {
        var positions = new SourcePositions();
        var reader = new Utf8JsonReader(source.Bytes);
        var containers = new Stack<Container>();
        string? pendingProperty = null;

        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    pendingProperty = JsonPathText.Property(containers.Peek().Path, reader.GetString()!);
                    if (!positions._positions.TryAdd(pendingProperty, source.PositionOf(reader.TokenStartIndex)))
                    {
                        positions._repeatedProperties.Add(pendingProperty);
                        positions._positions[pendingProperty + RepeatSuffix(positions._repeatedProperties.Count)] = source.PositionOf(reader.TokenStartIndex);
                    }

                    break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    containers.Pop();
                    break;
                default:
                    var path = ValuePath(containers, pendingProperty);
                    positions._positions.TryAdd(path, source.PositionOf(reader.TokenStartIndex));
                    if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                    {
                        containers.Push(new Container(path, reader.TokenType == JsonTokenType.StartArray));
                    }

                    break;
            }
        }

        return positions;
    }

    /// <summary>Properties written twice in one object, in file order; each with the position of its second occurrence.</summary>
    public IEnumerable<(string Path, (int Line, int Column) Position)> RepeatedProperties =>
        _repeatedProperties.Select((path, i) => (path, _positions[path + RepeatSuffix(i + 1)]));

    public bool Contains(string path) => _positions.ContainsKey(path);

    /// <summary>The position of <paramref name="path"/>, or of its nearest existing ancestor.</summary>
    public (int Line, int Column) Find(string path)
    {
        for (string? current = path; current is not null; current = JsonPathText.Parent(current))
        {
            if (_positions.TryGetValue(current, out var position))
            {
                return position;
            }
        }

        return (1, 1);
    }

    // A key no JSON path can produce, for remembering where a repeated property occurs.
    private static string RepeatSuffix(int occurrence) => $"\0repeat{occurrence}";

    private static string ValuePath(Stack<Container> containers, string? pendingProperty)
    {
        if (containers.Count == 0)
        {
            return JsonPathText.Root;
        }

        var top = containers.Peek();
        return top.IsArray ? JsonPathText.Index(top.Path, top.NextIndex++) : pendingProperty!;
    }

    private sealed class Container(string path, bool isArray)
    {
        public string Path { get; } = path;

        public bool IsArray { get; } = isArray;

        public int NextIndex { get; set; }
    }
}
