namespace Integration.TestKit.Azurite;

/// <summary>The connection string of Azurite's well-known development account on given loopback ports.</summary>
public static class AzuriteConnectionString
{
    /// <summary>Azurite's published development account key (not a secret).</summary>
    public const string DevelopmentAccountKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    /// <summary>An explicit connection string for devstoreaccount1 on the given ports.</summary>
    public static string For(int blobPort, int queuePort, int tablePort) =>
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;" +
        $"AccountKey={DevelopmentAccountKey};" +
        $"BlobEndpoint=http://127.0.0.1:{blobPort}/devstoreaccount1;" +
        $"QueueEndpoint=http://127.0.0.1:{queuePort}/devstoreaccount1;" +
        $"TableEndpoint=http://127.0.0.1:{tablePort}/devstoreaccount1;";
}
