using Integration.Connectors.NetSuite.Auth;

namespace Integration.Connectors.Tests.NetSuite.Auth;

public sealed class OAuthPercentEncodingTests
{
    [Theory]
    [InlineData("AZaz09-._~", "AZaz09-._~")]
    [InlineData(" ", "%20")]
    [InlineData("+", "%2B")]
    [InlineData("*", "%2A")]
    [InlineData("/", "%2F")]
    [InlineData("=&", "%3D%26")]
    [InlineData("!'()", "%21%27%28%29")]
    [InlineData("é", "%C3%A9")]
    [InlineData("%", "%25")]
    public void Encode_of_value_keeps_only_the_unreserved_set_with_upper_case_hex(string value, string expected) =>
        Assert.Equal(expected, OAuthPercentEncoding.Encode(value));
}
