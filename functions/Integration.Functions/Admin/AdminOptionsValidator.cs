using System.Globalization;
using Integration.Functions.Admin.Access;
using Microsoft.Extensions.Options;

namespace Integration.Functions.Admin;

/// <summary>Cross-field rules of <see cref="AdminOptions"/>; a bad value stops the start naming key, value and rule.</summary>
internal sealed class AdminOptionsValidator : IValidateOptions<AdminOptions>
{
    internal const int MinimumKeyLength = 32;

    public ValidateOptionsResult Validate(string? name, AdminOptions options)
    {
        var failures = new List<string>();
        for (var i = 0; i < options.ApiKeys.Count; i++)
        {
            var key = options.ApiKeys[i];
            if (ApiKeyVerifierRules.IsHashForm(key))
            {
                if (!ApiKeyVerifierRules.TryParseHash(key, out _))
                {
                    failures.Add(string.Create(CultureInfo.InvariantCulture, $"Admin:ApiKeys:{i} starts with 'sha256:' but is not followed by 64 hex digits."));
                }
            }
            else if (string.IsNullOrWhiteSpace(key) || key.Length < MinimumKeyLength)
            {
                // The value is a secret: the message names its position and length, never the key.
                failures.Add(string.Create(CultureInfo.InvariantCulture, $"Admin:ApiKeys:{i} is {key?.Length ?? 0} characters long; keys need at least {MinimumKeyLength}."));
            }
        }

        var entra = options.Entra;
        if (entra.IsEnabled)
        {
            if (!Uri.TryCreate(entra.Authority, UriKind.Absolute, out var authority) || authority.Scheme != Uri.UriSchemeHttps)
            {
                failures.Add($"Admin:Entra:Authority is '{entra.Authority}'; it must be an absolute https URI such as https://login.microsoftonline.com/<tenant-id>/v2.0.");
            }

            if (string.IsNullOrWhiteSpace(entra.Audience))
            {
                failures.Add($"Admin:Entra:Audience is empty while Admin:Entra:Authority is '{entra.Authority}'; set the app registration's client id or application id URI.");
            }
        }
        else if (!string.IsNullOrWhiteSpace(entra.Audience) || !string.IsNullOrWhiteSpace(entra.RequiredRole))
        {
            failures.Add("Admin:Entra:Audience or Admin:Entra:RequiredRole is set but Admin:Entra:Authority is empty; bearer tokens stay off without an authority.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
