using Integration.Core.Connectors;
using Integration.Core.Reconciliation;
using Integration.Core.Records;
using Integration.Core.Schema;

namespace Integration.Benchmarks.Latency;

/// <summary>A connector factory whose connectors of kind <paramref name="recordedKind"/> write through a <see cref="RecordingRecordWriter"/>.</summary>
internal sealed class RecordingConnectorFactory(IConnectorFactory inner, string recordedKind, LatencyRecorder recorder) : IConnectorFactory
{
    public string Kind => inner.Kind;

    public IConnector Create(string connection)
    {
        var connector = inner.Create(connection);
        return string.Equals(inner.Kind, recordedKind, StringComparison.OrdinalIgnoreCase)
            ? new Recorded(connector, new RecordingRecordWriter(connector.Writer, recorder))
            : connector;
    }

    private sealed class Recorded(IConnector inner, IRecordWriter writer) : IConnector
    {
        public string Kind => inner.Kind;

        public string Connection => inner.Connection;

        public IRecordReader Reader => inner.Reader;

        public IRecordWriter Writer => writer;

        public IRecordAggregates Aggregates => inner.Aggregates;

        public IObjectSchemaProvider Schema => inner.Schema;
    }
}
