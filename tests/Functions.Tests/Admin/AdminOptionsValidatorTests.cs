using Integration.Functions.Admin;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Integration.Functions.Tests.Admin;

public sealed class AdminOptionsValidatorTests
{
    private const string GoodKey = "a-long-enough-key-0123456789abcdef";

    public static TheoryData<string[], string?> Settings => new()
    {
        // key=value pairs, expected failure (null: valid)
        { [], null },
        { [$"Admin:ApiKeys:0={GoodKey}"], null },
        { ["Admin:ApiKeys:0=short-secret"], "Admin:ApiKeys:0 is 12 characters long; keys need at least 32." },
        { ["Admin:ApiKeys:0=sha256:abc"], "Admin:ApiKeys:0 starts with 'sha256:' but is not followed by 64 hex digits." },
        { ["Admin:Entra:Authority=https://login.microsoftonline.com/t/v2.0", "Admin:Entra:Audience=api://x"], null },
        { ["Admin:Entra:Authority=https://login.microsoftonline.com/t/v2.0"], "Admin:Entra:Audience is empty while Admin:Entra:Authority is 'https://login.microsoftonline.com/t/v2.0'; set the app registration's client id or application id URI." },
        { ["Admin:Entra:Authority=http://login.example/t", "Admin:Entra:Audience=api://x"], "Admin:Entra:Authority is 'http://login.example/t'; it must be an absolute https URI such as https://login.microsoftonline.com/<tenant-id>/v2.0." },
        { ["Admin:Entra:Audience=api://x"], "Admin:Entra:Audience or Admin:Entra:RequiredRole is set but Admin:Entra:Authority is empty; bearer tokens stay off without an authority." },
    };

    [Theory]
    [MemberData(nameof(Settings))]
    public void Admin_settings_are_validated_naming_key_value_and_rule(string[] pairs, string? expectedFailure)
    {
        using var provider = Build(pairs);

        var failure = Record.Exception(() => provider.GetRequiredService<IOptions<AdminOptions>>().Value);

        Assert.Equal(expectedFailure, (failure as OptionsValidationException)?.Failures.Single());
        if (failure is not null)
        {
            Assert.DoesNotContain("short-secret", failure.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Unknown_admin_setting_is_an_error()
    {
        using var provider = Build(["Admin:ApiKey=singular-typo"]);

        var failure = Record.Exception(() => provider.GetRequiredService<IOptions<AdminOptions>>().Value);

        Assert.Contains("ApiKey", Assert.IsType<InvalidOperationException>(failure).Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Build(string[] pairs)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(pairs.Select(p => p.Split('=', 2)).Select(p => new KeyValuePair<string, string?>(p[0], p[1])))
            .Build();
        return new ServiceCollection().AddLogging().AddAdminApi(configuration).BuildServiceProvider();
    }
}
