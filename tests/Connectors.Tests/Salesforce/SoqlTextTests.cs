using Integration.Connectors.Salesforce.Soql;

namespace Integration.Connectors.Tests.Salesforce;

public sealed class SoqlTextTests
{
    [Theory]
    [InlineData("001RO000001aAAAYA2", "'001RO000001aAAAYA2'")]
    [InlineData("O'Brien", @"'O\'Brien'")]
    [InlineData(@"back\slash", @"'back\\slash'")]
    [InlineData("say \"hi\"", "'say \\\"hi\\\"'")]
    [InlineData("line\nbreak\ttab", @"'line\nbreak\ttab'")]
    public void String_literals_escape_what_SOQL_requires(string value, string expected) =>
        Assert.Equal(expected, SoqlLiteral.Quote(value));

    [Theory]
    [InlineData("2026-11-23T10:15:30.999+00:00", "2026-11-23T10:15:30Z")]
    [InlineData("2026-11-23T11:15:30.000+01:00", "2026-11-23T10:15:30Z")]
    [InlineData("2026-01-01T00:00:00.000-05:00", "2026-01-01T05:00:00Z")]
    public void Datetime_literals_are_UTC_and_round_down_to_the_second(string instant, string expected) =>
        Assert.Equal(expected, SoqlLiteral.DateTime(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("2026-11-23T10:15:30.000+0000", "2026-11-23T10:15:30.000+00:00")]
    [InlineData("2026-11-23T12:15:30.250+0200", "2026-11-23T10:15:30.250+00:00")]
    [InlineData("2026-11-23T06:59:38.000Z", "2026-11-23T06:59:38.000+00:00")]
    [InlineData("2026-11-23", "2026-11-23T00:00:00.000+00:00")]
    public void Salesforce_datetimes_and_dates_parse_as_UTC_instants(string text, string expected)
    {
        Assert.True(SalesforceDateTime.TryParse(text, out var value), $"'{text}' should parse");
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
        Assert.Equal(TimeSpan.Zero, value.Offset);
    }

    [Theory]
    [InlineData("")]
    [InlineData("23/11/2026")]
    [InlineData("2026-11-23T10:15")]
    public void Text_that_is_not_a_Salesforce_datetime_does_not_parse(string text) =>
        Assert.False(SalesforceDateTime.TryParse(text, out _));

    [Fact]
    public void Datetimes_format_as_Salesforce_writes_them() =>
        Assert.Equal("2026-11-23T10:15:30.000+0000", SalesforceDateTime.Format(new DateTimeOffset(2026, 11, 23, 11, 15, 30, TimeSpan.FromHours(1))));

    [Theory]
    [InlineData(10, 1000, 1)]
    [InlineData(100, 1000, 3)]
    [InlineData(1000, 16000, 2)]
    [InlineData(1181, 16000, 3)]
    public void Id_batches_cover_every_id_once_and_stay_within_the_budget(int idCount, int budget, int expectedBatches)
    {
        var ids = Enumerable.Range(0, idCount).Select(i => $"001RO{i:D10}AAA").ToList();

        var statements = SoqlIdBatches.Build("SELECT Id FROM Account WHERE Id IN (", ids, ")", budget).ToList();

        Assert.Equal(expectedBatches, statements.Count);
        Assert.All(statements, s => Assert.True(Uri.EscapeDataString(s).Length <= budget, $"{Uri.EscapeDataString(s).Length} > {budget}"));
        Assert.Equal(ids, statements.SelectMany(s => s[(s.IndexOf('(', StringComparison.Ordinal) + 1)..^1].Split(',')).Select(q => q.Trim('\'')));
    }
}
