using Integration.Core.Connectors;
using Integration.Core.Records;
using Integration.Core.Reconciliation;
using Integration.Core.Schema;

namespace Integration.Core.Tests.Fakes;

/// <summary>A connector factory of one kind whose connections are fake systems.</summary>
internal sealed class FakeConnectorFactory(string kind, params FakeSystem[] systems) : IConnectorFactory
{
    public string Kind { get; } = kind;

    public IConnector Create(string connection) => new FakeConnector(Kind, systems.Single(s => s.Name == connection));

    private sealed class FakeConnector(string kind, FakeSystem system) : IConnector
    {
        public string Kind { get; } = kind;

        public string Connection => system.Name;

        public IRecordReader Reader => system;

        public IRecordWriter Writer => system;

        public IRecordAggregates Aggregates => throw new NotSupportedException("The engine tests use no aggregates.");

        public IObjectSchemaProvider Schema => throw new NotSupportedException("The engine tests use no schema.");
    }
}
