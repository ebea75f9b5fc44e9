namespace Integration.Sandbox.NetSuite.Records;

/// <summary>How a body field is stored, written in REST JSON and read in SuiteQL.</summary>
internal enum FieldKind
{
    Text,
    Number,
    Boolean,
    Date,
    Reference,
}
