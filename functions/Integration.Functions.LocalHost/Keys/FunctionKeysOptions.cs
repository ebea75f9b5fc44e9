namespace Integration.Functions.LocalHost.Keys;

/// <summary>
/// Keys of the local host, in the roles the Functions host has: the master key (admin level and everything),
/// the host's default function key (every Function-level function), and per-function keys. Secrets: they come
/// from user secrets or environment variables, never from the repository, and are never logged.
/// </summary>
public sealed class FunctionKeysOptions
{
    /// <summary>Configuration section: <c>LocalHost:Keys</c>.</summary>
    public const string SectionName = "LocalHost:Keys";

    /// <summary><c>LocalHost:Keys:Master</c>: the master (host admin) key.</summary>
    public string? Master { get; set; }

    /// <summary><c>LocalHost:Keys:Default</c>: the host-level default function key.</summary>
    public string? Default { get; set; }

    /// <summary><c>LocalHost:Keys:Functions:&lt;FunctionName&gt;</c>: a key valid for that function only.</summary>
    public Dictionary<string, string> Functions { get; init; } = new(StringComparer.OrdinalIgnoreCase);
}
