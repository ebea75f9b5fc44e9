using Integration.Sandbox.Salesforce.Data;

namespace Integration.Sandbox.Tests.Salesforce.Data;

public sealed class RecordIdTests
{
    [Theory]
    [InlineData("0036000000QKv5T", "0036000000QKv5TAAT")]
    [InlineData("a0RE000000IJmcN", "a0RE000000IJmcNMAT")]
    [InlineData("70130000001tcyI", "70130000001tcyIAAQ")]
    [InlineData("a0D30000001n7Pi", "a0D30000001n7PiEAI")]
    public void Normalize_15_character_id_appends_documented_checksum(string id15, string expected)
    {
        Assert.True(RecordId.TryNormalize(id15, out var id18));
        Assert.Equal(expected, id18);
    }

    [Theory]
    [InlineData("0036000000QKv5TAAX")]
    [InlineData("0036000000QKv5")]
    [InlineData("0036000000QKv5T-AT")]
    public void Normalize_malformed_or_wrong_checksum_is_rejected(string candidate) =>
        Assert.False(RecordId.TryNormalize(candidate, out _));

    [Fact]
    public void Create_builds_prefixed_18_character_ids_in_ascending_order()
    {
        var first = RecordId.Create("001", "Ab", 1);
        var second = RecordId.Create("001", "Ab", 62);

        Assert.Equal(18, first.Length);
        Assert.StartsWith("001Ab", first, StringComparison.Ordinal);
        Assert.True(RecordId.TryNormalize(first[..15], out var renormalized) && renormalized == first);
        Assert.True(string.CompareOrdinal(first, second) < 0);
    }
}
