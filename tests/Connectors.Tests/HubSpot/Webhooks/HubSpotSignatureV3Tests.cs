using System.Text;
using Integration.Connectors.HubSpot.Webhooks;

namespace Integration.Connectors.Tests.HubSpot.Webhooks;

public sealed class HubSpotSignatureV3Tests
{
    private const string Secret = "yyyyyyyy-yyyy-yyyy-yyyy-yyyyyyyyyyyy";
    private const string Uri = "https://www.example.com/webhook_uri";

    // hubspot-verified.md, "Test vectors (exact)": 6 (Python SDK), 7 (Ruby SDK), 8 (derived).
    [Theory]
    [InlineData("{'example_field':'example_value'}", "1693657560000", "K36dawei4A+QBNolUOqo7s91KQDWQ5MXZ/QufNYuk/Y=")]
    [InlineData("{'example_field':'example_value'}", "15000000", "HPW73RUtKmcYoEDADG0s6MmGFWUzWJKAW07r8RDgcQw=")]
    [InlineData("{\"example_field\":\"example_value\"}", "1693657560000", "oaA3M5dEtt6kFsseJD/Hv/x+JNl1vsoxFj4oxmwP6Go=")]
    public void Compute_published_vector_gives_published_signature(string body, string timestamp, string expected)
    {
        var signature = HubSpotSignatureV3.Compute(Secret, "POST", Uri, Encoding.UTF8.GetBytes(body), timestamp);

        Assert.Equal(expected, Convert.ToBase64String(signature));
    }

    [Theory]
    [InlineData("POST", "https://hooks.example.com/api/hubspot/main", "[]", "1764400000000")]
    [InlineData("GET", "https://hooks.example.com/a?b=c&d=e", "", "1")]
    [InlineData("POST", "https://hooks.example.com/x%3Ay%2Fz%3F%40%21%24%27%28%29%2A%2C%3B", "[{\"eventId\":1}]", "1764400000000")]
    [InlineData("POST", "https://hooks.example.com/q?name=a%20b%26c%3Dd%2Be", "{\"ü\":\"é\"}", "1764400000000")]
    public void Compute_matches_an_independent_implementation(string method, string uri, string body, string timestamp)
    {
        var signature = HubSpotSignatureV3.Compute(Secret, method, uri, Encoding.UTF8.GetBytes(body), timestamp);

        Assert.Equal(ReferenceSignatureV3.Sign(Secret, method, uri, body, timestamp), Convert.ToBase64String(signature));
    }

    [Theory]
    [InlineData("https://h.example/a%3Ab", "https://h.example/a:b")]
    [InlineData("https://h.example/%2F%3F%40%21%24%27%28%29%2A%2C%3B", "https://h.example//?@!$'()*,;")]
    [InlineData("https://h.example/a%20b?x=%26%3D%2B", "https://h.example/a%20b?x=%26%3D%2B")]
    [InlineData("https://h.example/a%3ab", "https://h.example/a%3ab")]
    [InlineData("https://h.example/100%", "https://h.example/100%")]
    public void Decode_decodes_exactly_the_twelve_listed_sequences(string uri, string expected)
    {
        Assert.Equal(expected, HubSpotSignatureUri.Decode(uri));
    }
}
