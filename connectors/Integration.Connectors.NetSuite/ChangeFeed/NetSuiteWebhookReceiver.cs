using System.Globalization;
using System.Text.Json;
using Integration.Connectors.NetSuite.Auth;
using Integration.Connectors.NetSuite.Connectors;
using Integration.Connectors.NetSuite.Diagnostics;
using Integration.Core.Changes;
using Microsoft.Extensions.Logging;

namespace Integration.Connectors.NetSuite.ChangeFeed;

/// <summary>
/// Validates and parses the webhooks a NetSuite User Event script posts (one record change each).
/// The script sends <c>X-NetSuite-Timestamp</c> (Unix seconds) and <c>X-NetSuite-Signature</c>
/// (<c>sha256=</c> + lower-case hex of HMAC-SHA256 over <c>"{timestamp}.{raw body}"</c> with the
/// connection's <c>WebhookSecret</c>). Bodies over <c>WebhookMaxBodyBytes</c> get 413, missing or wrong
/// signatures and timestamps further than <c>WebhookMaxAge</c> (default 5 minutes) from now get 401,
/// malformed bodies 400; none of them yields an event.
/// </summary>
public sealed class NetSuiteWebhookReceiver
{
    /// <summary>The header carrying the Unix time (seconds) the script signed at.</summary>
    public const string TimestampHeader = "X-NetSuite-Timestamp";

    /// <summary>The header carrying <c>sha256=&lt;hex&gt;</c>.</summary>
    public const string SignatureHeader = "X-NetSuite-Signature";

    private readonly NetSuiteClients _clients;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;

    internal NetSuiteWebhookReceiver(NetSuiteClients clients, TimeProvider timeProvider, ILogger<NetSuiteWebhookReceiver> logger)
    {
        _clients = clients;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    /// <summary>Validates and parses one webhook request of <paramref name="connection"/> for the plan system <paramref name="system"/>.</summary>
    /// <param name="connection">The configured NetSuite connection the webhook URL belongs to.</param>
    /// <param name="system">The plan's name of the system, put on the change events.</param>
    /// <param name="timestamp">The <see cref="TimestampHeader"/> value, or null when absent.</param>
    /// <param name="signature">The <see cref="SignatureHeader"/> value, or null when absent.</param>
    /// <param name="body">The raw request body; read at most one byte past the size limit.</param>
    /// <param name="cancellationToken">Cancels reading the body.</param>
    /// <exception cref="KeyNotFoundException">No connection of that name is configured.</exception>
    public async Task<NetSuiteWebhookResult> ReceiveAsync(
        string connection, string system, string? timestamp, string? signature, Stream body, CancellationToken cancellationToken)
    {
        var options = _clients.Options(connection);
        var bytes = await ReadBoundedAsync(body, options.WebhookMaxBodyBytes, cancellationToken);
        var result = bytes is null
            ? NetSuiteWebhookResult.Reject(413, $"The body exceeds {options.WebhookMaxBodyBytes} bytes.")
            : Authenticate(options, timestamp, signature, bytes) ?? Parse(options, connection, system, bytes);

        if (!result.Accepted)
        {
            NetSuiteLog.WebhookRejected(_logger, connection, result.StatusCode, result.Error ?? "");
        }

        return result;
    }

    private NetSuiteWebhookResult? Authenticate(NetSuiteConnectionOptions options, string? timestamp, string? signature, byte[] body)
    {
        if (string.IsNullOrEmpty(options.WebhookSecret))
        {
            return NetSuiteWebhookResult.Reject(401, "No webhook secret is configured for this connection.");
        }

        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return NetSuiteWebhookResult.Reject(401, $"The {TimestampHeader} header is missing or not Unix seconds.");
        }

        var age = _timeProvider.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(Math.Min(seconds, 253402300799));
        if (age.Duration() > options.WebhookMaxAge)
        {
            return NetSuiteWebhookResult.Reject(401, $"The timestamp is {(long)age.TotalSeconds} s from now; at most {(long)options.WebhookMaxAge.TotalSeconds} s is accepted.");
        }

        return NetSuiteWebhookSignature.Matches(signature, options.WebhookSecret, timestamp!, body)
            ? null
            : NetSuiteWebhookResult.Reject(401, $"The {SignatureHeader} header is missing or does not match the body.");
    }

    private static NetSuiteWebhookResult Parse(NetSuiteConnectionOptions options, string connection, string system, byte[] body)
    {
        NetSuiteWebhookPayload? payload;
        try
        {
            payload = JsonSerializer.Deserialize<NetSuiteWebhookPayload>(body);
        }
        catch (JsonException error)
        {
            return NetSuiteWebhookResult.Reject(400, $"The body is not valid JSON: {error.Message}");
        }

        if (payload is not { EventId.Length: > 0, RecordType.Length: > 0, RecordId.Length: > 0, EventType.Length: > 0, OccurredAt: { } occurredAt })
        {
            return NetSuiteWebhookResult.Reject(400, "The body must carry eventId, recordType, recordId, eventType and occurredAt.");
        }

        if (payload.AccountId is { Length: > 0 } account && TbaCredentials.RealmFor(account) != TbaCredentials.RealmFor(options.AccountId))
        {
            return NetSuiteWebhookResult.Reject(400, $"The body is for account {account}, not this connection's account.");
        }

        var kind = payload.EventType.ToLowerInvariant() switch
        {
            "create" => ChangeKind.Create,
            "delete" => ChangeKind.Delete,
            _ => ChangeKind.Update,
        };
        var position = new StreamPosition($"netsuite:{connection}:webhook", payload.EventId);
        return NetSuiteWebhookResult.Accept(new ChangeEvent(
            system, payload.RecordType, [payload.RecordId], kind, occurredAt, position, $"webhook:{connection}:{payload.EventId}",
            payload.ExecutionContext is { } context ? new ChangeOrigin(context, null) : null,
            payload.ChangedFields));
    }

    /// <summary>The whole body, or null when it is longer than <paramref name="limit"/> bytes.</summary>
    private static async Task<byte[]?> ReadBoundedAsync(Stream body, int limit, CancellationToken cancellationToken)
    {
        var buffer = new byte[limit + 1];
        var total = 0;
        int read;
        while (total < buffer.Length && (read = await body.ReadAsync(buffer.AsMemory(total), cancellationToken)) > 0)
        {
            total += read;
        }

        return total > limit ? null : buffer[..total];
    }
}
