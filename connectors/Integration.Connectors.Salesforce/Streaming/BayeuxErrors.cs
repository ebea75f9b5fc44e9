using System.Text.RegularExpressions;

namespace Integration.Connectors.Salesforce.Streaming;

/// <summary>
/// Reads the Streaming API's failure strings (Streaming API Developer Guide, "Streaming API Error Codes"):
/// an invalid session, a session the server dropped, a replay id outside the retention window.
/// </summary>
internal static partial class BayeuxErrors
{
    /// <summary>Whether the token was refused: <c>401::Authentication invalid</c> on connect, or a handshake denied with that <c>ext.sfdc.failureReason</c>.</summary>
    public static bool IsAuthenticationInvalid(BayeuxMessage reply) =>
        StartsWith401(reply.Error) || StartsWith401(FailureReason(reply));

    /// <summary>Whether the server forgot the client (<c>403::Unknown client</c>): handshake and subscribe again.</summary>
    public static bool IsUnknownClient(BayeuxMessage reply) =>
        reply.Error?.StartsWith("403::Unknown client", StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>
    /// Whether a subscribe was refused because its replay id is outside the 72-hour window or its event was
    /// deleted: <c>400::The replayId {N} you provided was invalid.  Please provide a valid ID, -2 …</c> (braces
    /// literal; one or two spaces after "invalid.").
    /// </summary>
    public static bool IsInvalidReplayId(BayeuxMessage reply) =>
        reply.Error is { } error && InvalidReplayPattern().IsMatch(error);

    /// <summary>The error and any <c>ext.sfdc.failureReason</c>, for messages.</summary>
    public static string Describe(BayeuxMessage reply) =>
        FailureReason(reply) is { } reason ? $"{reply.Error} ({reason})" : reply.Error ?? "no error given";

    private static string? FailureReason(BayeuxMessage reply) =>
        reply.Ext?["sfdc"]?["failureReason"]?.GetValueKind() == System.Text.Json.JsonValueKind.String
            ? reply.Ext["sfdc"]!["failureReason"]!.GetValue<string>()
            : null;

    private static bool StartsWith401(string? text) => text?.StartsWith("401::", StringComparison.Ordinal) == true;

    [GeneratedRegex(@"^400::The replayId \{?-?\d+\}? you provided was invalid")]
    private static partial Regex InvalidReplayPattern();
}
