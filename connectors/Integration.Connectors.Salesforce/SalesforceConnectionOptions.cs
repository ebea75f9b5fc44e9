using System.ComponentModel.DataAnnotations;

namespace Integration.Connectors.Salesforce;

/// <summary>
/// One Salesforce org the connector talks to (<c>Salesforce:Connections:&lt;name&gt;</c>). Authenticates with
/// the OAuth 2.0 client-credentials flow, or with the JWT bearer flow when <see cref="PrivateKeyPem"/> is set.
/// </summary>
public sealed class SalesforceConnectionOptions
{
    /// <summary>The authorization server: <c>https://login.salesforce.com</c>, <c>https://test.salesforce.com</c> or the org's My Domain URL. Also the JWT audience. Required.</summary>
    [Required]
    public string LoginUrl { get; init; } = "";

    /// <summary>The connected app's consumer key. Required.</summary>
    [Required]
    public string ClientId { get; init; } = "";

    /// <summary>The connected app's consumer secret, for the client-credentials flow. Secret: never logged.</summary>
    public string? ClientSecret { get; init; }

    /// <summary>The user the JWT bearer flow acts as (the <c>sub</c> claim). Required with <see cref="PrivateKeyPem"/>.</summary>
    public string? Username { get; init; }

    /// <summary>The PEM-encoded RSA private key whose certificate the connected app holds; selects the JWT bearer flow. Secret: never logged.</summary>
    public string? PrivateKeyPem { get; init; }

    /// <summary>The REST API version, <c>NN.0</c>. Default <c>68.0</c> (Winter '27, current in late 2026).</summary>
    [Required]
    [RegularExpression(@"^\d{2,3}\.0$")]
    public string ApiVersion { get; init; } = "68.0";

    /// <summary>
    /// The client name sent as <c>Sforce-Call-Options: client=&lt;name&gt;</c>, so that change events caused by
    /// our own writes carry it in <c>changeOrigin</c>. Default: <see cref="ClientId"/>.
    /// </summary>
    public string? CallOptionsClient { get; init; }
}
