using Integration.Connectors.NetSuite.Auth;

namespace Integration.Connectors.Tests.NetSuite.Auth;

public sealed class OAuthSignatureBaseTests
{
    [Fact]
    public void Create_for_the_RFC_5849_example_gives_the_RFC_base_string()
    {
        // RFC 5849 §3.4.1.1: query and form-body parameters, a repeated name, encoded names and values.
        var uri = new Uri("http://example.com/request?b5=%3D%253D&a3=a&c%40=&a2=r%20b");
        var parameters = TbaSigningHandler.QueryParameters(uri)
            .Concat(TbaSigningHandler.ParseForm("c2&a3=2+q"))
            .Concat(
            [
                new("oauth_consumer_key", "9djdj82h48djs9d2"), new("oauth_token", "kkk9d7dh3k39sjv7"),
                new("oauth_signature_method", "HMAC-SHA1"), new("oauth_timestamp", "137131201"), new("oauth_nonce", "7d8f3e4a"),
            ]);

        var baseString = OAuthSignatureBase.Create("POST", uri, parameters);

        Assert.Equal(
            "POST&http%3A%2F%2Fexample.com%2Frequest&a2%3Dr%2520b%26a3%3D2%2520q%26a3%3Da%26b5%3D%253D%25253D%26c%2540%3D%26c2%3D%26"
            + "oauth_consumer_key%3D9djdj82h48djs9d2%26oauth_nonce%3D7d8f3e4a%26oauth_signature_method%3DHMAC-SHA1%26"
            + "oauth_timestamp%3D137131201%26oauth_token%3Dkkk9d7dh3k39sjv7",
            baseString);
    }

    [Theory]
    [InlineData("HTTPS://Example.COM:443/a/b?x=1", "https://example.com/a/b")]
    [InlineData("http://example.com:8080/a", "http://example.com:8080/a")]
    [InlineData("https://h.example/services/rest/record/v1/customer/eid:ext%201", "https://h.example/services/rest/record/v1/customer/eid:ext%201")]
    public void BaseUri_of_request_uri_is_lower_case_without_default_port_or_query(string uri, string expected) =>
        Assert.Equal(expected, OAuthSignatureBase.BaseUri(new Uri(uri)));
}
