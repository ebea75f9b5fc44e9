using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;

namespace Integration.Functions.Storage;

/// <summary>
/// One storage account, read from a connection setting the way Azure Functions reads
/// <c>AzureWebJobsStorage</c>: either a connection string in the setting itself, or the
/// identity-based form (<c>&lt;name&gt;__accountName</c>, or <c>&lt;name&gt;__queueServiceUri</c>,
/// <c>__blobServiceUri</c>, <c>__tableServiceUri</c>, with optional <c>__credential</c> and
/// <c>__clientId</c>) authenticated with Entra ID.
/// </summary>
public sealed class StorageConnection
{
    private readonly string? _connectionString;
    private readonly Uri? _queueUri;
    private readonly Uri? _blobUri;
    private readonly Uri? _tableUri;
    private readonly TokenCredential? _credential;

    private StorageConnection(string name, string? connectionString, Uri? queueUri, Uri? blobUri, Uri? tableUri, TokenCredential? credential)
    {
        Name = name;
        _connectionString = connectionString;
        _queueUri = queueUri;
        _blobUri = blobUri;
        _tableUri = tableUri;
        _credential = credential;
    }

    /// <summary>The setting name this connection was read from (for messages; never the secret).</summary>
    public string Name { get; }

    /// <summary>Queue API version that both Azure and Azurite 3.37 accept.</summary>
    public static QueueClientOptions.ServiceVersion QueueVersion => QueueClientOptions.ServiceVersion.V2026_06_06;

    /// <summary>Blob API version that both Azure and Azurite 3.37 accept.</summary>
    public static BlobClientOptions.ServiceVersion BlobVersion => BlobClientOptions.ServiceVersion.V2026_06_06;

    /// <summary>Reads the connection named <paramref name="name"/> (default <c>AzureWebJobsStorage</c>).</summary>
    /// <exception cref="InvalidOperationException">Neither form is configured; the message names the keys looked at.</exception>
    public static StorageConnection FromConfiguration(IConfiguration configuration, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        name = string.IsNullOrWhiteSpace(name) ? "AzureWebJobsStorage" : name;

        var connectionString = configuration[name] ?? configuration.GetConnectionString(name);
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            return new StorageConnection(name, connectionString, null, null, null, null);
        }

        var section = configuration.GetSection(name);
        var account = section["accountName"];
        Uri? Service(string key, string kind) =>
            section[key] is { Length: > 0 } uri ? new Uri(uri)
            : account is { Length: > 0 } ? new Uri($"https://{account}.{kind}.core.windows.net")
            : null;

        var queue = Service("queueServiceUri", "queue");
        var blob = Service("blobServiceUri", "blob");
        var table = Service("tableServiceUri", "table");
        if (queue is null && blob is null && table is null)
        {
            throw new InvalidOperationException(
                $"Storage connection '{name}' is not configured: set '{name}' to a connection string, " +
                $"or '{name}__accountName' (or '{name}__queueServiceUri', '__blobServiceUri', '__tableServiceUri') for an Entra ID identity.");
        }

        TokenCredential credential = section["credential"] == "managedidentity"
            ? new ManagedIdentityCredential(section["clientId"] is { Length: > 0 } id ? ManagedIdentityId.FromUserAssignedClientId(id) : ManagedIdentityId.SystemAssigned)
            : new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = section["clientId"] });
        return new StorageConnection(name, null, queue, blob, table, credential);
    }

    /// <summary>A queue service client for this account.</summary>
    public QueueServiceClient CreateQueueServiceClient(QueueMessageEncoding encoding = QueueMessageEncoding.None)
    {
        var options = new QueueClientOptions(QueueVersion) { MessageEncoding = encoding };
        return _connectionString is not null
            ? new QueueServiceClient(_connectionString, options)
            : new QueueServiceClient(Required(_queueUri, "queueServiceUri"), _credential, options);
    }

    /// <summary>A blob service client for this account.</summary>
    public BlobServiceClient CreateBlobServiceClient()
    {
        var options = new BlobClientOptions(BlobVersion);
        return _connectionString is not null
            ? new BlobServiceClient(_connectionString, options)
            : new BlobServiceClient(Required(_blobUri, "blobServiceUri"), _credential, options);
    }

    /// <summary>A table service client for this account.</summary>
    public TableServiceClient CreateTableServiceClient() =>
        _connectionString is not null
            ? new TableServiceClient(_connectionString)
            : new TableServiceClient(Required(_tableUri, "tableServiceUri"), _credential);

    private Uri Required(Uri? uri, string key) =>
        uri ?? throw new InvalidOperationException($"Storage connection '{Name}' has no '{Name}__{key}' or '{Name}__accountName'.");
}
