namespace Integration.Connectors.Tests.NetSuite.Harness;

/// <summary>Fixed TBA inputs; the expected headers for them were computed outside .NET (Python hmac/urllib) and pinned in the tests.</summary>
internal static class TbaVector
{
    public const string AccountId = "1234567_SB1";
    public const string ConsumerKey = "ef40afdd8abaac111b13825dd5e5e2dd";
    public const string ConsumerSecret = "cs&secret/+=";
    public const string TokenId = "2b0ce516420110bcbd36b051e99e2f5a";
    public const string TokenSecret = "ts secret~!";
    public const string Nonce = "fjaLirsIcCGVZWzBX0pg";
    public const long Timestamp = 1764410400;

    public static DateTimeOffset Now => DateTimeOffset.FromUnixTimeSeconds(Timestamp);
}
