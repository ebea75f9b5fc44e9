namespace Integration.Sandbox.NetSuite.SuiteQl;

/// <summary>A query outside the emulated subset or wrong for the schema; answered as a 400 search error, never guessed at.</summary>
internal sealed class SuiteQlException(string reason) : Exception(reason);
