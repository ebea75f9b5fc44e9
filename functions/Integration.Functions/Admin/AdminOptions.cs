namespace Integration.Functions.Admin;

/// <summary>Who may call the management API (section <c>Admin</c>).</summary>
public sealed class AdminOptions
{
    /// <summary>The configuration section: <c>Admin</c>.</summary>
    public const string SectionName = "Admin";

    /// <summary>
    /// Accepted values of the <c>X-Api-Key</c> header: each either the key itself (at least 32 characters; keep it in
    /// Key Vault or app settings) or <c>sha256:&lt;64 hex digits&gt;</c>, the SHA-256 of the key's UTF-8 bytes, so that
    /// configuration never holds the key. Default none.
    /// </summary>
    public IList<string> ApiKeys { get; } = new List<string>();

    /// <summary>Entra ID bearer tokens; off unless <see cref="AdminEntraOptions.Authority"/> is set.</summary>
    public AdminEntraOptions Entra { get; set; } = new();

    /// <summary>Name prefixes of the queues whose depths the status reports. Default (when empty): <c>changes</c>, <c>writes-</c> (each with its <c>-poison</c> queue).</summary>
    public IList<string> QueuePrefixes { get; } = new List<string>();

    /// <summary>True when at least one way of authenticating is configured.</summary>
    public bool AnyCredentialConfigured => ApiKeys.Any(k => !string.IsNullOrWhiteSpace(k)) || Entra.IsEnabled;
}
