using System.Globalization;
using Integration.Connectors.NetSuite.ChangeFeed;

namespace Integration.Connectors.Tests.NetSuite.ChangeFeed;

public sealed class SuiteQlCursorTests
{
    [Fact]
    public void Encode_then_Decode_gives_the_same_cursor()
    {
        var cursor = new SuiteQlCursor(
            new SuiteQlWatermark(At("2026-11-29T10:00:00Z"), ["7@1764410400", "8@1764410399"]),
            new SuiteQlWatermark(At("2026-11-29T09:00:00Z"), []));

        var decoded = SuiteQlCursor.Decode(cursor.Encode());

        Assert.Equal(cursor.Modified.Through, decoded.Modified.Through);
        Assert.Equal(cursor.Modified.Seen, decoded.Modified.Seen);
        Assert.Equal(cursor.Deleted.Through, decoded.Deleted.Through);
        Assert.Empty(decoded.Deleted.Seen);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"v":2,"m":{"t":0,"s":[]},"d":{"t":0,"s":[]}}""")]
    [InlineData("""{"v":1}""")]
    public void Decode_of_a_foreign_value_says_it_is_not_a_cursor(string value)
    {
        var error = Assert.Throws<FormatException>(() => SuiteQlCursor.Decode(value));

        Assert.Contains("NetSuite SuiteQL cursor", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Watermark_keeps_only_keys_at_or_after_the_floor_newest_first_up_to_the_bound()
    {
        var keys = new[] { "1@100", "2@200", "3@300", "4@400", "5@50" };

        var mark = SuiteQlWatermark.Create(At("1970-01-01T00:10:00Z"), keys, DateTimeOffset.FromUnixTimeSeconds(100), maxKeys: 3);

        Assert.Equal(["4@400", "3@300", "2@200"], mark.Seen);
    }

    private static DateTimeOffset At(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);
}
