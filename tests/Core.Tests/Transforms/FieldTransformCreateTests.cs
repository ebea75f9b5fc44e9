using Integration.Core.Transforms;

namespace Integration.Core.Tests.Transforms;

public sealed class FieldTransformCreateTests
{
    [Theory]
    [InlineData("datetime in Mars/Olympus", "convert timeZone 'Mars/Olympus' is not a known time zone; use an IANA id such as America/New_York.")]
    [InlineData("date read in Europe/Atlantis", "convert sourceTimeZone 'Europe/Atlantis' is not a known time zone")]
    [InlineData("date in a blank zone", "convert timeZone must not be blank")]
    [InlineData("decimal with scale -1", "convert scale is -1; it must be between 0 and 28.")]
    [InlineData("decimal with scale 29", "convert scale is 29; it must be between 0 and 28.")]
    [InlineData("number with a scale", "convert to number takes no scale; scale applies to decimal.")]
    [InlineData("number in a time zone", "convert to number takes no time zone")]
    [InlineData("bool with a format", "convert to bool takes no format")]
    [InlineData("date with a blank format", "convert format must not be blank")]
    [InlineData("date with an invalid format", "convert format 'N' is not a valid .NET format string.")]
    [InlineData("convert to an unknown target", "convert to 99 is not a known target type.")]
    [InlineData("decimal with an unknown rounding", "convert rounding 7 is not one of halfEven, halfUp, down.")]
    [InlineData("split by nothing", "split separator must not be empty.")]
    [InlineData("concat with a null separator", "concat separator must not be null")]
    [InlineData("lookup of no object", "lookup object must name the source-side object")]
    [InlineData("valueMap without a map", "valueMap needs a map")]
    [InlineData("valueMap with colliding keys", "valueMap keys 'Prospect' and 'PROSPECT' collide when caseSensitive is false.")]
    [InlineData("valueMap with an unknown onUnknown", "valueMap onUnknown 5 is not one of error, default, passThrough.")]
    public void Create_of_an_invalid_spec_throws_naming_the_setting(string specName, string expectedMessage)
    {
        var error = Assert.Throws<ArgumentException>(() => FieldTransform.Create(InvalidSpec(specName)));

        Assert.Contains(expectedMessage, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_of_a_null_spec_throws() =>
        Assert.Throws<ArgumentNullException>(() => FieldTransform.Create(null!));

    [Fact]
    public void Create_keeps_the_spec_it_compiled()
    {
        var spec = new ConvertTransformSpec(ConvertTarget.DateTime, TimeZone: "Asia/Kolkata");

        Assert.Same(spec, FieldTransform.Create(spec).Spec);
    }

    [Fact]
    public void Create_accepts_colliding_keys_when_matching_is_case_sensitive()
    {
        var spec = new ValueMapTransformSpec(new Dictionary<string, string?> { ["Prospect"] = "a", ["PROSPECT"] = "b" });

        Assert.Equal("\"b\"", FieldTransform.Create(spec).Apply(TransformInput.Of(System.Text.Json.JsonElement.Parse("\"PROSPECT\""))).Value.GetRawText());
    }

    private static TransformSpec InvalidSpec(string name) => name switch
    {
        "datetime in Mars/Olympus" => new ConvertTransformSpec(ConvertTarget.DateTime, TimeZone: "Mars/Olympus"),
        "date read in Europe/Atlantis" => new ConvertTransformSpec(ConvertTarget.Date, SourceTimeZone: "Europe/Atlantis"),
        "date in a blank zone" => new ConvertTransformSpec(ConvertTarget.Date, TimeZone: " "),
        "decimal with scale -1" => new ConvertTransformSpec(ConvertTarget.ExactDecimal, Scale: -1),
        "decimal with scale 29" => new ConvertTransformSpec(ConvertTarget.ExactDecimal, Scale: 29),
        "number with a scale" => new ConvertTransformSpec(ConvertTarget.Number, Scale: 2),
        "number in a time zone" => new ConvertTransformSpec(ConvertTarget.Number, TimeZone: "Asia/Kolkata"),
        "bool with a format" => new ConvertTransformSpec(ConvertTarget.Bool, Format: "0"),
        "date with a blank format" => new ConvertTransformSpec(ConvertTarget.Date, Format: ""),
        "date with an invalid format" => new ConvertTransformSpec(ConvertTarget.Date, Format: "N"),
        "convert to an unknown target" => new ConvertTransformSpec((ConvertTarget)99),
        "decimal with an unknown rounding" => new ConvertTransformSpec(ConvertTarget.ExactDecimal, 2, (DecimalRounding)7),
        "split by nothing" => new SplitTransformSpec(""),
        "concat with a null separator" => new ConcatTransformSpec(null!),
        "lookup of no object" => new LookupTransformSpec(" "),
        "valueMap without a map" => new ValueMapTransformSpec(null!),
        "valueMap with colliding keys" => new ValueMapTransformSpec(
            new Dictionary<string, string?> { ["Prospect"] = "a", ["PROSPECT"] = "b" }, CaseSensitive: false),
        "valueMap with an unknown onUnknown" => new ValueMapTransformSpec(new Dictionary<string, string?>(), (UnknownValueBehaviour)5),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "no such spec in this table"),
    };
}
