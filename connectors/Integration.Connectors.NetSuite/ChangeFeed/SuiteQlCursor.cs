using System.Text.Json;
using System.Text.Json.Serialization;

namespace Integration.Connectors.NetSuite.ChangeFeed;

/// <summary>
/// The SuiteQL poller's durable position for one record type: the watermark of <c>lastmodifieddate</c>
/// (changes) and of <c>DeletedRecord.deleteddate</c> (deletes). Encoded as compact JSON in
/// <see cref="Integration.Core.Changes.StreamPosition.Value"/>; the caller commits it.
/// </summary>
internal sealed record SuiteQlCursor(SuiteQlWatermark Modified, SuiteQlWatermark Deleted)
{
    private const int Version = 1;

    public string Encode() => JsonSerializer.Serialize(new Wire(
        Version,
        new WireMark(Modified.Through.ToUnixTimeSeconds(), Modified.Seen),
        new WireMark(Deleted.Through.ToUnixTimeSeconds(), Deleted.Seen)));

    public static SuiteQlCursor Decode(string value)
    {
        Wire? wire;
        try
        {
            wire = JsonSerializer.Deserialize<Wire>(value);
        }
        catch (JsonException error)
        {
            throw new FormatException($"'{Shorten(value)}' is not a NetSuite SuiteQL cursor: {error.Message}", error);
        }

        if (wire is not { V: Version, M: not null, D: not null })
        {
            throw new FormatException($"'{Shorten(value)}' is not a version {Version} NetSuite SuiteQL cursor.");
        }

        return new SuiteQlCursor(wire.M.ToWatermark(), wire.D.ToWatermark());
    }

    private static string Shorten(string value) => value.Length <= 80 ? value : value[..80] + "…";

    private sealed record Wire(
        [property: JsonPropertyName("v")] int V,
        [property: JsonPropertyName("m")] WireMark? M,
        [property: JsonPropertyName("d")] WireMark? D);

    private sealed record WireMark(
        [property: JsonPropertyName("t")] long Through,
        [property: JsonPropertyName("s")] IReadOnlyList<string>? Seen)
    {
        public SuiteQlWatermark ToWatermark() => new(DateTimeOffset.FromUnixTimeSeconds(Through), Seen ?? []);
    }
}
