using Integration.Core.Changes;
using Integration.Core.CrossReference;
using Integration.Core.Echoes;
using Integration.Core.Fingerprints;
using Integration.Core.Records;
using Integration.Core.Tests.Fakes;

namespace Integration.Core.Tests.Echoes;

public sealed class EchoFilterTests
{
    private static readonly SyncEngineOptions Options = new() { OwnClientIds = { ["hs"] = "app-42" } };

    [Theory]
    [InlineData("hs", "app-42", true)]
    [InlineData("hs", "app-7", false)]
    [InlineData("sf", "app-42", false)]
    [InlineData("hs", null, false)]
    [InlineData("hs", "", false)]
    public void IsOwnWrite_only_when_the_origin_client_id_is_ours_for_that_system(string system, string? clientId, bool expected)
    {
        var change = new ChangeEvent(system, "companies", ["1"], ChangeKind.Update, DateTimeOffset.UnixEpoch, new StreamPosition(system, "1"), "e1", new ChangeOrigin("INTEGRATION", clientId));

        Assert.Equal(expected, new EchoFilter(new FixedOptionsMonitor<SyncEngineOptions>(Options)).IsOwnWrite(change));
    }

    [Theory]
    [InlineData("Acme", "555", true)]
    [InlineData("Acme", "556", false)]
    [InlineData("Acme Inc", "555", false)]
    public void IsEcho_when_every_mapped_value_equals_its_fingerprint_on_that_side(string name, string phone, bool expected)
    {
        var mapping = TestPlans.Build().FindMapping(TestPlans.Accounts)!;
        var synced = new Dictionary<string, FieldFingerprints>
        {
            ["name"] = new(FieldFingerprint.Of(Json.Of("ignored on B")), FieldFingerprint.Of(Json.Of("Acme"))),
            ["industry"] = new(FieldFingerprint.Null, FieldFingerprint.Null),
            ["phone"] = new(FieldFingerprint.Null, FieldFingerprint.Of(Json.Of("555"))),
        };
        var entry = new CrossReferenceEntry(TestPlans.Accounts, "001", "9", null, null, synced);
        var company = new SourceRecord("companies", "9", new Dictionary<string, System.Text.Json.JsonElement> { ["name"] = Json.Of(name), ["phone"] = Json.Of(phone), ["other"] = Json.Of("x") }, default);

        Assert.Equal(expected, EchoFilter.IsEcho(mapping, SyncSide.B, company, entry));
    }
}
