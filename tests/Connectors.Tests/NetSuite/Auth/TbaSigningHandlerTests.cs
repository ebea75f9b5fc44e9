using Integration.Connectors.NetSuite.Auth;
using Integration.Connectors.Tests.NetSuite.Harness;

namespace Integration.Connectors.Tests.NetSuite.Auth;

public sealed class TbaSigningHandlerTests
{
    private const string Host = "https://1234567-sb1.suitetalk.api.netsuite.com";

    // Expected headers computed outside .NET (Python: urllib.parse.quote(safe='-._~'), hmac, hashlib.sha256) for TbaVector's inputs.
    public static TheoryData<string, string, string> PinnedVectors => new()
    {
        {
            "POST", Host + "/services/rest/query/v1/suiteql?limit=1000&offset=0",
            "realm=\"1234567_SB1\", oauth_consumer_key=\"ef40afdd8abaac111b13825dd5e5e2dd\", oauth_token=\"2b0ce516420110bcbd36b051e99e2f5a\", "
            + "oauth_signature_method=\"HMAC-SHA256\", oauth_timestamp=\"1764410400\", oauth_nonce=\"fjaLirsIcCGVZWzBX0pg\", oauth_version=\"1.0\", "
            + "oauth_signature=\"aI8Hb%2B%2FCUfyw4UBAlwbvEqhXsHMkO33%2F7DErWOhYN8Y%3D\""
        },
        {
            "GET", Host + "/services/rest/record/v1/customer/eid:ext%201",
            "realm=\"1234567_SB1\", oauth_consumer_key=\"ef40afdd8abaac111b13825dd5e5e2dd\", oauth_token=\"2b0ce516420110bcbd36b051e99e2f5a\", "
            + "oauth_signature_method=\"HMAC-SHA256\", oauth_timestamp=\"1764410400\", oauth_nonce=\"fjaLirsIcCGVZWzBX0pg\", oauth_version=\"1.0\", "
            + "oauth_signature=\"QEDv%2FJQKCVJgKrxygsA9xlknd%2B5vG0x3G33DNCyPf5I%3D\""
        },
    };

    [Theory]
    [MemberData(nameof(PinnedVectors))]
    public void Header_for_fixed_inputs_equals_the_externally_computed_vector(string method, string uri, string expected)
    {
        var header = Handler().CreateHeaderValue(new HttpMethod(method), new Uri(uri), []);

        Assert.Equal(expected, header);
    }

    [Theory]
    [MemberData(nameof(PinnedVectors))]
    public void Signature_for_fixed_inputs_matches_the_independent_implementation(string method, string uri, string expected)
    {
        _ = expected;
        var header = Handler().CreateHeaderValue(new HttpMethod(method), new Uri(uri), []);

        Assert.True(IndependentTbaSigner.Verify(method, new Uri(uri), header, TbaVector.ConsumerSecret, TbaVector.TokenSecret), header);
    }

    [Fact]
    public void Signature_off_by_one_character_fails_verification()
    {
        var uri = new Uri(Host + "/services/rest/query/v1/suiteql?limit=1000&offset=0");
        var header = Handler().CreateHeaderValue(HttpMethod.Post, uri, []);
        var signatureStart = header.IndexOf("oauth_signature=\"", StringComparison.Ordinal) + "oauth_signature=\"".Length;
        var tampered = header[..signatureStart] + (header[signatureStart] == 'A' ? 'B' : 'A') + header[(signatureStart + 1)..];

        Assert.True(IndependentTbaSigner.Verify("POST", uri, header, TbaVector.ConsumerSecret, TbaVector.TokenSecret));
        Assert.False(IndependentTbaSigner.Verify("POST", uri, tampered, TbaVector.ConsumerSecret, TbaVector.TokenSecret));
    }

    [Theory]
    [InlineData("https://1234567-sb1.suitetalk.api.netsuite.com/services/rest/query/v1/suiteql?limit=1000&offset=1000")]
    [InlineData("https://1234567-sb1.suitetalk.api.netsuite.com/services/rest/query/v1/suiteql?limit=100&offset=0")]
    [InlineData("https://1234567-sb1.suitetalk.api.netsuite.com/services/rest/query/v1/suiteqL?limit=1000&offset=0")]
    public void Signature_changes_when_any_signed_part_of_the_request_changes(string changedUri)
    {
        var original = Signature(Handler().CreateHeaderValue(HttpMethod.Post, new Uri(Host + "/services/rest/query/v1/suiteql?limit=1000&offset=0"), []));
        var changed = Signature(Handler().CreateHeaderValue(HttpMethod.Post, new Uri(changedUri), []));

        Assert.NotEqual(original, changed);
    }

    [Fact]
    public void Query_parameters_are_signed_but_not_put_in_the_header()
    {
        var header = Handler().CreateHeaderValue(HttpMethod.Get, new Uri(Host + "/services/rest/record/v1/customer?limit=5&offset=10"), []);

        Assert.DoesNotContain("limit", header, StringComparison.Ordinal);
        Assert.DoesNotContain("offset", header, StringComparison.Ordinal);
    }

    [Fact]
    public void Credentials_ToString_names_no_secret()
    {
        var text = new TbaCredentials("1234567", TbaVector.ConsumerKey, TbaVector.ConsumerSecret, TbaVector.TokenId, TbaVector.TokenSecret).ToString();

        Assert.DoesNotContain(TbaVector.ConsumerSecret, text, StringComparison.Ordinal);
        Assert.DoesNotContain(TbaVector.TokenSecret, text, StringComparison.Ordinal);
        Assert.DoesNotContain(TbaVector.ConsumerKey, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1234567", "1234567")]
    [InlineData("1234567_sb1", "1234567_SB1")]
    [InlineData("1234567-sb1", "1234567_SB1")]
    public void RealmFor_account_id_is_upper_case_with_underscores(string accountId, string realm) =>
        Assert.Equal(realm, TbaCredentials.RealmFor(accountId));

    private static string Signature(string header) => IndependentTbaSigner.ParseHeader(header)["oauth_signature"];

    private static TbaSigningHandler Handler() =>
        new(new TbaCredentials(TbaVector.AccountId, TbaVector.ConsumerKey, TbaVector.ConsumerSecret, TbaVector.TokenId, TbaVector.TokenSecret),
            new PinnedClock(TbaVector.Now), new SequentialNonces(TbaVector.Nonce));
}
