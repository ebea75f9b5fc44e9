using System.Text;
using Integration.Core.Plans;

namespace Integration.Core.Tests.Plans;

public sealed class PlanVersionTests
{
    [Fact]
    public void FromCanonicalJson_is_sha256_prefixed_lowercase_hex()
    {
        var version = PlanVersion.FromCanonicalJson(Encoding.UTF8.GetBytes("{}"));

        Assert.Equal("sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a", version.Value);
    }

    [Theory]
    [InlineData("sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a", true)]
    [InlineData("sha256:44136FA355B3678A1146AD16F7E8649E94FB4FC21FE77E8310C060F61CAAFF8A", false)]
    [InlineData("sha1:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a", false)]
    [InlineData("sha256:44136fa3", false)]
    [InlineData("", false)]
    public void TryParse_accepts_only_sha256_and_64_lowercase_hex(string text, bool valid)
    {
        Assert.Equal(valid, PlanVersion.TryParse(text, out var version));
        Assert.Equal(valid ? text : string.Empty, version.ToString());
    }
}
