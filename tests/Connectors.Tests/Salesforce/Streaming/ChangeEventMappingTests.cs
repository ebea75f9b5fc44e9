using Integration.Core.Changes;

namespace Integration.Connectors.Tests.Salesforce.Streaming;

public sealed class ChangeEventMappingTests
{
    private const string AccountId = "001xx000003DGb2AAG";
    private const string OtherAccountId = "001xx000003DGb3AAG";

    [Theory]
    [InlineData("CREATE", ChangeKind.Create)]
    [InlineData("UPDATE", ChangeKind.Update)]
    [InlineData("DELETE", ChangeKind.Delete)]
    [InlineData("UNDELETE", ChangeKind.Undelete)]
    public async Task Change_type_becomes_the_change_kind(string changeType, ChangeKind expected)
    {
        var change = Assert.Single((await ReadOne(CdcEventJson.Event(11, changeType, "Account", [AccountId]))).Events);

        Assert.Equal(expected, change.Kind);
    }

    [Fact]
    public async Task Event_header_fields_become_the_change_event()
    {
        var batch = await ReadOne(CdcEventJson.Event(
            11, "UPDATE", "Account", [AccountId, OtherAccountId], changedFields: ["Name", "LastModifiedDate"], sequence: 3,
            fields: ""","Name":"Acme Corp","LastModifiedDate":"2026-11-23T10:15:30.000Z" """));

        var change = Assert.Single(batch.Events);
        var position = new StreamPosition(CometDServer.Stream, "11|" + CdcEventJson.CommitMs);
        Assert.Equal(
            new ChangeEvent(
                CometDServer.System,
                "Account",
                change.RecordIds,
                ChangeKind.Update,
                DateTimeOffset.FromUnixTimeMilliseconds(CdcEventJson.CommitMs),
                position,
                "salesforce:0002343d-9d90-e395-ed20-cf416ba652ad:3",
                new ChangeOrigin("com/salesforce/api/rest/68.0", "migrator"),
                change.ChangedFields),
            change);
        Assert.Equal([AccountId, OtherAccountId], change.RecordIds);
        Assert.Equal(["Name", "LastModifiedDate"], change.ChangedFields!);
        Assert.Equal(position, batch.Position);
        Assert.Empty(batch.Resyncs);
    }

    [Fact]
    public async Task Compound_components_in_changedFields_become_the_objects_own_field_names()
    {
        var change = Assert.Single((await ReadOne(CdcEventJson.Event(
            11, "UPDATE", "Account", [AccountId], changedFields: ["BillingAddress.City", "BillingAddress.PostalCode", "LastModifiedDate"],
            fields: ""","BillingAddress":{"City":"Paris","PostalCode":"75001"} """))).Events);

        Assert.Equal(["BillingCity", "BillingPostalCode", "LastModifiedDate"], change.ChangedFields!);
    }

    [Fact]
    public async Task Create_without_changedFields_lists_the_payload_fields_with_compounds_flattened()
    {
        var change = Assert.Single((await ReadOne(CdcEventJson.Event(
            11, "CREATE", "Contact", ["003xx000004TmiQAAS"],
            fields: ""","Name":{"FirstName":"Ada","LastName":"Lovelace"},"MailingAddress":{"City":"London"},"Description":{"diff":"--- +++ 5b1b"},"Email":null """))).Events);

        Assert.Equal(["FirstName", "LastName", "MailingCity", "Description", "Email"], change.ChangedFields!);
    }

    [Theory]
    [InlineData("com/salesforce/api/rest/68.0;client=migrator", "com/salesforce/api/rest/68.0", "migrator")]
    [InlineData("com/salesforce/api/soap/60.0;client=SfdcInternalAPI/", "com/salesforce/api/soap/60.0", "SfdcInternalAPI/")]
    [InlineData("com/salesforce/api/bulkapi/68.0", "com/salesforce/api/bulkapi/68.0", null)]
    public async Task Change_origin_gives_the_api_path_and_the_client_id(string changeOrigin, string source, string? clientId)
    {
        var change = Assert.Single((await ReadOne(CdcEventJson.Event(11, "UPDATE", "Account", [AccountId], changeOrigin: changeOrigin))).Events);

        Assert.Equal(new ChangeOrigin(source, clientId), change.Origin);
    }

    [Fact]
    public async Task Empty_change_origin_gives_no_origin()
    {
        var change = Assert.Single((await ReadOne(CdcEventJson.Event(11, "UPDATE", "Account", [AccountId], changeOrigin: ""))).Events);

        Assert.Null(change.Origin);
    }

    [Theory]
    [InlineData("GAP_CREATE")]
    [InlineData("GAP_UPDATE")]
    [InlineData("GAP_DELETE")]
    [InlineData("GAP_UNDELETE")]
    public async Task Gap_event_yields_a_resync_of_its_record_ids(string changeType)
    {
        var batch = await ReadOne(CdcEventJson.Event(12, changeType, "Account", [AccountId, OtherAccountId], changeOrigin: ""));

        Assert.Empty(batch.Events);
        var resync = Assert.Single(batch.Resyncs);
        Assert.Equal(new ResyncRequest(CometDServer.System, "Account", resync.RecordIds, null, changeType), resync);
        Assert.Equal([AccountId, OtherAccountId], resync.RecordIds!);
        Assert.Equal(new StreamPosition(CometDServer.Stream, "12|" + CdcEventJson.CommitMs), batch.Position);
    }

    [Fact]
    public async Task Overflow_event_yields_a_resync_of_the_object_since_its_commit_time_minus_the_margin()
    {
        var batch = await ReadOne(
            CdcEventJson.Event(13, "GAP_OVERFLOW", "Contact", ["000000000000000AAA"], changeOrigin: ""),
            new Dictionary<string, string?> { ["Streaming:ResyncSafetyMargin"] = "00:02:00" });

        Assert.Empty(batch.Events);
        Assert.Equal(
            new ResyncRequest(CometDServer.System, "Contact", null, DateTimeOffset.FromUnixTimeMilliseconds(CdcEventJson.CommitMs).AddMinutes(-2), "GAP_OVERFLOW"),
            Assert.Single(batch.Resyncs));
    }

    [Fact]
    public async Task Each_long_poll_is_one_batch_positioned_at_its_last_replay_id()
    {
        using var cometd = new CometDServer();
        cometd.Handshakes("c1");
        cometd.Subscribes(CometDServer.SubscribeOk());
        cometd.Connects(
            CometDServer.Delivery(
                CdcEventJson.Event(21, "CREATE", "Account", [AccountId], commitMs: CdcEventJson.CommitMs),
                CdcEventJson.Event(22, "GAP_UPDATE", "Account", [OtherAccountId], commitMs: CdcEventJson.CommitMs + 5)),
            $"[{CometDServer.ConnectOk}]",
            CometDServer.Delivery(CdcEventJson.Event(23, "DELETE", "Account", [AccountId], commitMs: CdcEventJson.CommitMs + 9)));

        var batches = await cometd.ReadAsync(cometd.Feed(), null, 2);

        Assert.Equal([1, 1], batches.Select(b => b.Events.Count));
        Assert.Equal([1, 0], batches.Select(b => b.Resyncs.Count));
        Assert.Equal(["22|" + (CdcEventJson.CommitMs + 5), "23|" + (CdcEventJson.CommitMs + 9)], batches.Select(b => b.Position.Value));
        Assert.Equal(3, cometd.Requests("/meta/connect").Count);
    }

    private static async Task<Integration.Core.ChangeFeed.ChangeFeedBatch> ReadOne(string eventJson, IDictionary<string, string?>? settings = null)
    {
        using var cometd = new CometDServer(settings);
        cometd.Handshakes("c1");
        cometd.Subscribes(CometDServer.SubscribeOk());
        cometd.Connects(CometDServer.Delivery(eventJson));
        return Assert.Single(await cometd.ReadAsync(cometd.Feed(), null, 1));
    }
}
