namespace Integration.Functions.Admin;

/// <summary>Entra ID (OpenID Connect) bearer tokens accepted by the management API (section <c>Admin:Entra</c>).</summary>
public sealed class AdminEntraOptions
{
    /// <summary>The issuer's authority, e.g. <c>https://login.microsoftonline.com/&lt;tenant-id&gt;/v2.0</c>; its <c>.well-known/openid-configuration</c> gives issuer and signing keys. Default none (bearer tokens off).</summary>
    public string? Authority { get; set; }

    /// <summary>The accepted audience (<c>aud</c>): the app registration's client id or application id URI. Required with <see cref="Authority"/>.</summary>
    public string? Audience { get; set; }

    /// <summary>An app role the token must carry in its <c>roles</c> claim, e.g. <c>Integration.Admin</c>. Default none (any token for the audience).</summary>
    public string? RequiredRole { get; set; }

    /// <summary>True when bearer tokens are accepted.</summary>
    public bool IsEnabled => !string.IsNullOrWhiteSpace(Authority);
}
