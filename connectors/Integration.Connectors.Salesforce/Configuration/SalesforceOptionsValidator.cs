using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using Microsoft.Extensions.Options;

namespace Integration.Connectors.Salesforce.Configuration;

/// <summary>
/// Validates <see cref="SalesforceOptions"/> at start: the data-annotation rules of every nested setting,
/// then the cross-field rules. Each failure names key, value and rule
/// (<c>Salesforce:QueryBatchSize is 5000; must be between 200 and 2000.</c>); secrets are never echoed.
/// </summary>
internal sealed class SalesforceOptionsValidator : IValidateOptions<SalesforceOptions>
{
    private const string Root = SalesforceOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, SalesforceOptions options)
    {
        var failures = new List<string>();
        CheckAnnotations(Root, options, failures);
        CheckAnnotations($"{Root}:Resilience", options.Resilience, failures);
        CheckAnnotations($"{Root}:Streaming", options.Streaming, failures);
        if (options.Connections.Count == 0)
        {
            failures.Add($"{Root}:Connections is empty; configure at least one connection (Salesforce:Connections:<name>:LoginUrl, ClientId, …).");
        }

        foreach (var (connection, settings) in options.Connections)
        {
            var key = $"{Root}:Connections:{connection}";
            CheckAnnotations(key, settings, failures);
            CheckConnection(key, settings, failures);
        }

        if (options.Resilience.AttemptTimeout > options.Resilience.TotalTimeout)
        {
            failures.Add($"{Root}:Resilience:AttemptTimeout is {options.Resilience.AttemptTimeout}; must not exceed {Root}:Resilience:TotalTimeout ({options.Resilience.TotalTimeout}).");
        }

        if (options.Streaming.ReconnectBaseDelay > options.Streaming.ReconnectMaxDelay)
        {
            failures.Add($"{Root}:Streaming:ReconnectBaseDelay is {options.Streaming.ReconnectBaseDelay}; must not exceed {Root}:Streaming:ReconnectMaxDelay ({options.Streaming.ReconnectMaxDelay}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckConnection(string key, SalesforceConnectionOptions settings, List<string> failures)
    {
        if (!Uri.TryCreate(settings.LoginUrl, UriKind.Absolute, out var login) || (login.Scheme != Uri.UriSchemeHttps && login.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add($"{key}:LoginUrl is '{settings.LoginUrl}'; must be an absolute http(s) URL such as https://login.salesforce.com.");
        }

        var hasSecret = !string.IsNullOrEmpty(settings.ClientSecret);
        var hasKey = !string.IsNullOrEmpty(settings.PrivateKeyPem);
        if (!hasSecret && !hasKey)
        {
            failures.Add($"{key}:ClientSecret is empty and {key}:PrivateKeyPem is empty; set ClientSecret (client-credentials flow) or PrivateKeyPem with Username (JWT bearer flow).");
        }

        if (hasKey && string.IsNullOrEmpty(settings.Username))
        {
            failures.Add($"{key}:Username is empty; the JWT bearer flow (PrivateKeyPem is set) needs the username as the 'sub' claim.");
        }

        if (hasKey && !IsRsaKey(settings.PrivateKeyPem!))
        {
            failures.Add($"{key}:PrivateKeyPem is (secret, not shown); must be a PEM-encoded RSA private key.");
        }
    }

    private static bool IsRsaKey(string pem)
    {
        try
        {
            using var rsa = System.Security.Cryptography.RSA.Create();
            rsa.ImportFromPem(pem);
            return true;
        }
        catch (Exception e) when (e is ArgumentException or System.Security.Cryptography.CryptographicException)
        {
            return false;
        }
    }

    private static void CheckAnnotations(string key, object target, List<string> failures)
    {
        foreach (var property in target.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var value = property.GetValue(target);
            foreach (var attribute in property.GetCustomAttributes<ValidationAttribute>())
            {
                if (!attribute.IsValid(value))
                {
                    failures.Add($"{key}:{property.Name} is {Show(property.Name, value)}; {Rule(attribute)}.");
                }
            }
        }
    }

    private static string Show(string property, object? value) =>
        property is nameof(SalesforceConnectionOptions.ClientSecret) or nameof(SalesforceConnectionOptions.PrivateKeyPem)
            ? "(secret, not shown)"
            : value switch
            {
                null => "missing",
                string { Length: 0 } => "empty",
                string text => $"'{text}'",
                IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
                _ => value.ToString() ?? "",
            };

    private static string Rule(ValidationAttribute attribute) => attribute switch
    {
        RequiredAttribute => "it is required",
        RangeAttribute range => $"must be between {range.Minimum} and {range.Maximum}",
        RegularExpressionAttribute regex => $"must match {regex.Pattern}",
        _ => attribute.FormatErrorMessage("value"),
    };
}
