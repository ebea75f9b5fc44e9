using Integration.Sandbox.HubSpot.Webhooks;

namespace Integration.Sandbox.Tests.HubSpot.Webhooks;

public sealed class SignatureV3Tests
{
    private const string Secret = "yyyyyyyy-yyyy-yyyy-yyyy-yyyyyyyyyyyy";
    private const string Uri = "https://www.example.com/webhook_uri";

    [Theory]
    [InlineData("{'example_field':'example_value'}", 1693657560000, "K36dawei4A+QBNolUOqo7s91KQDWQ5MXZ/QufNYuk/Y=")]
    [InlineData("{'example_field':'example_value'}", 15000000, "HPW73RUtKmcYoEDADG0s6MmGFWUzWJKAW07r8RDgcQw=")]
    [InlineData("{\"example_field\":\"example_value\"}", 1693657560000, "oaA3M5dEtt6kFsseJD/Hv/x+JNl1vsoxFj4oxmwP6Go=")]
    public void Sandbox_signer_and_an_independent_implementation_match_the_published_vectors(string body, long timestamp, string expected)
    {
        Assert.Equal(expected, WebhookSigner.V3(Secret, "POST", Uri, body, timestamp));
        Assert.Equal(expected, IndependentSignatureV3.Compute(Secret, "POST", Uri, body, timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void V1_signature_matches_the_official_vector()
    {
        const string body = """[{"eventId":1,"subscriptionId":12345,"portalId":62515,"occurredAt":1564113600000,"subscriptionType":"contact.creation","attemptNumber":0,"objectId":123,"changeSource":"CRM","changeFlag":"NEW","appId":54321}]""";

        Assert.Equal("232db2615f3d666fe21a8ec971ac7b5402d33b9a925784df3ca654d05f4817de", WebhookSigner.V1(Secret, body));
    }
}
