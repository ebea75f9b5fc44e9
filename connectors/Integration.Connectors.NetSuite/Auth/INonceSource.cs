namespace Integration.Connectors.NetSuite.Auth;

/// <summary>Where OAuth nonces come from; injectable so that tests pin them.</summary>
internal interface INonceSource
{
    /// <summary>A fresh nonce: alphanumeric, 6 to 64 characters (NetSuite rejects others).</summary>
    string Next();
}
