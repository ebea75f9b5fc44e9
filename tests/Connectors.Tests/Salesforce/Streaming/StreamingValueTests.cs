using Integration.Connectors.Salesforce.Streaming;
using Integration.Core.Changes;

namespace Integration.Connectors.Tests.Salesforce.Streaming;

public sealed class StreamingValueTests
{
    private const string Stream = "salesforce:main:/data/ChangeEvents";

    [Theory]
    [InlineData("BillingAddress.City", "BillingCity")]
    [InlineData("ShippingAddress.GeocodeAccuracy", "ShippingGeocodeAccuracy")]
    [InlineData("MailingAddress.Street", "MailingStreet")]
    [InlineData("Address.PostalCode", "PostalCode")]
    [InlineData("Name.FirstName", "FirstName")]
    [InlineData("Site__c.Latitude", "Site__Latitude__s")]
    [InlineData("Industry", "Industry")]
    public void Compound_component_flattens_to_the_sobject_field(string changedField, string expected) =>
        Assert.Equal(expected, ChangedFieldNames.Flatten(changedField));

    [Theory]
    [InlineData("4711|1795947330000", 4711L, 1795947330000L)]
    [InlineData("4711", 4711L, null)]
    [InlineData("-1|1795947330000", -1L, 1795947330000L)]
    public void Position_value_reads_replay_id_and_commit_time(string value, long replayId, long? commitMs)
    {
        var position = ReplayPosition.Parse(new StreamPosition(Stream, value), Stream);

        Assert.Equal(new ReplayPosition(replayId, commitMs is { } ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null), position);
        Assert.Equal(value, position.ToPosition(Stream).Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("-2|1795947330000")]
    [InlineData("5|x")]
    [InlineData("5|1|2")]
    public void Malformed_position_value_is_refused_naming_it(string value)
    {
        var error = Assert.Throws<ArgumentException>(() => ReplayPosition.Parse(new StreamPosition(Stream, value), Stream));

        Assert.Contains($"'{value}'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("400::The replayId {1553783} you provided was invalid.  Please provide a valid ID, -2 to replay all events, or -1 to replay only new events.", true)]
    [InlineData("400::The replayId {1553783} you provided was invalid. Please provide a valid ID, -2 to replay all events, or -1 to replay only new events.", true)]
    [InlineData("400::The replayId 1553783 you provided was invalid.", true)]
    [InlineData("400::Unknown channel", false)]
    [InlineData("403::Unknown client", false)]
    public void Invalid_replay_id_error_is_recognised_with_either_spacing(string error, bool expected) =>
        Assert.Equal(expected, BayeuxErrors.IsInvalidReplayId(new BayeuxMessage { Channel = "/meta/subscribe", Successful = false, Error = error }));

    [Theory]
    [InlineData("/data/ChangeEvents", "Account,Contact")]
    [InlineData("/data/AccountChangeEvent", "Account")]
    [InlineData("/data/Employee__ChangeEvent", "Employee__c")]
    public void Channel_names_the_objects_it_carries(string channel, string expected) =>
        Assert.Equal(expected, string.Join(",", CdcChannel.For(channel, ["Account", "Contact"]).Objects));
}
