using System.Text;
using Azure.Storage.Queues.Models;
using Integration.Functions.LocalHost.Queues;

namespace Integration.Functions.Tests.LocalHost.Queues;

public sealed class QueueMessageConverterTests
{
    private static readonly QueueMessage Message = QueuesModelFactory.QueueMessage(
        "msg-1", "receipt-1", BinaryData.FromString("""{"name":"widget","number":7}"""), 2, insertedOn: new DateTimeOffset(2026, 11, 29, 9, 0, 0, TimeSpan.Zero));

    [Theory]
    [InlineData(typeof(string), """{"name":"widget","number":7}""")]
    [InlineData(typeof(byte[]), """{"name":"widget","number":7}""")]
    [InlineData(typeof(BinaryData), """{"name":"widget","number":7}""")]
    [InlineData(typeof(CountedItem), "CountedItem { Name = widget, Number = 7 }")]
    [InlineData(typeof(QueueMessage), "msg-1")]
    public void Message_converts_to_the_trigger_parameter_type(Type type, string expected)
    {
        var value = QueueMessageConverter.Convert(Message, type);

        Assert.IsType(type, value);
        var text = value switch
        {
            byte[] bytes => Encoding.UTF8.GetString(bytes),
            QueueMessage message => message.MessageId,
            _ => value.ToString(),
        };
        Assert.Equal(expected, text);
    }

    [Fact]
    public void Binding_data_carries_the_platform_metadata_names()
    {
        var data = QueueMessageConverter.BindingData(Message);

        Assert.Equal(("msg-1", "receipt-1", 2L), (data["id"], data["popReceipt"], data["DequeueCount"]));
        Assert.Equal(new DateTimeOffset(2026, 11, 29, 9, 0, 0, TimeSpan.Zero), data["insertionTime"]);
    }
}
