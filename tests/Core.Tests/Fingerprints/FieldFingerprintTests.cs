using System.Text.Json;
using Integration.Core.Fingerprints;
using Integration.Core.Tests.Fakes;

namespace Integration.Core.Tests.Fingerprints;

public sealed class FieldFingerprintTests
{
    [Theory]
    [InlineData("1", "1.0")]
    [InlineData("1.50", "1.5")]
    [InlineData("10", "1e1")]
    [InlineData("-0.0", "0")]
    [InlineData("null", "\"\"")]
    [InlineData("{\"a\":1,\"b\":2}", "{\"b\":2.0,\"a\":1}")]
    [InlineData("[1,\"x\"]", "[1.0,\"x\"]")]
    [InlineData("\"caf\u00e9\"", "\"caf\\u00e9\"")]
    public void Equal_values_in_different_spellings_have_one_fingerprint(string left, string right) =>
        Assert.Equal(FieldFingerprint.Of(Json.Parse(left)), FieldFingerprint.Of(Json.Parse(right)));

    [Theory]
    [InlineData("\"a\"", "\"A\"")]
    [InlineData("\"1\"", "1")]
    [InlineData("\" \"", "null")]
    [InlineData("\"a \"", "\"a\"")]
    [InlineData("true", "\"true\"")]
    [InlineData("0.1", "0.10000000000000001")]
    [InlineData("[1,2]", "[2,1]")]
    public void Different_values_have_different_fingerprints(string left, string right) =>
        Assert.NotEqual(FieldFingerprint.Of(Json.Parse(left)), FieldFingerprint.Of(Json.Parse(right)));

    [Fact]
    public void A_missing_value_hashes_as_null() =>
        Assert.Equal(FieldFingerprint.Null, FieldFingerprint.Of(default(JsonElement)));

    [Fact]
    public void One_source_value_hashes_as_the_value_and_several_as_their_ordered_list()
    {
        Assert.Equal(FieldFingerprint.Of(Json.Of("Ada")), FieldFingerprint.Of([Json.Of("Ada")]));
        Assert.NotEqual(FieldFingerprint.Of([Json.Of("Ada"), Json.Of("Lovelace")]), FieldFingerprint.Of([Json.Of("Lovelace"), Json.Of("Ada")]));
    }

    [Fact]
    public void Fingerprint_is_the_first_16_bytes_of_the_SHA_256_of_the_canonical_text_in_hex()
    {
        // Stored fingerprints outlive releases: this value must never change (printf '"Acme"' | sha256sum).
        Assert.Equal("8d4f6c2a5c4e4b94b3dbaa65808d2325", FieldFingerprint.Of(Json.Of("Acme")).Value);
    }
}
